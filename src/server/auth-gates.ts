// The checks every page, action and route handler starts with, built on a session lookup. Kept
// apart from the lookup (src/server/auth.ts) so the Vitest stand-in (tests/setup/auth-stub.ts)
// replaces only "who is signed in" and runs these same checks.
import { AppError } from "@/lib/app-error";
import { can, type Permission, type Role } from "@/lib/policy";

export type SessionUser = { id: string; email: string; name: string; role: Role };

export function assertCan(user: SessionUser, permission: Permission): void {
  if (!can(user, permission)) throw new AppError("FORBIDDEN", "You do not have access to this");
}

export function gatesFor(currentUser: () => Promise<SessionUser | null>) {
  async function requireUser(): Promise<SessionUser> {
    const user = await currentUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
    return user;
  }

  /** For route handlers and actions: the user, refused with 401/403 unless they hold the permission. */
  async function requirePermission(permission: Permission): Promise<SessionUser> {
    const user = await requireUser();
    assertCan(user, permission);
    return user;
  }

  return { requireUser, requirePermission };
}
