// The one authorization style (docs/decisions/0007-one-authorization-style.md): every route
// handler, server action, page and layout gets the user first (`requireUser`, or
// `requirePageUser` in src/server/page-auth.ts); every query and mutation takes that user as its
// first parameter and opens with `assertCan(user, "<permission>")`, then the feature's record rule.
// Kept apart from the session lookup (src/server/auth.ts) so the Vitest stand-in
// (tests/setup/auth-stub.ts) replaces only "who is signed in" and runs these same checks.
import { AppError } from "@/lib/app-error";
import { can, type Permission, type Role } from "@/lib/policy";
import { setLogUser } from "@/server/log";

export type SessionUser = { id: string; email: string; name: string; role: Role };

/** The role rule: refused with 403 unless the user's role holds the permission (src/lib/policy.ts). */
export function assertCan(user: SessionUser, permission: Permission): void {
  if (!can(user, permission)) throw new AppError("FORBIDDEN", "You do not have access to this");
}

export function gatesFor(currentUser: () => Promise<SessionUser | null>) {
  /** For route handlers and actions: the signed-in user, or 401. */
  async function requireUser(): Promise<SessionUser> {
    const user = await currentUser();
    if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
    setLogUser(user.id);
    return user;
  }

  return { requireUser };
}
