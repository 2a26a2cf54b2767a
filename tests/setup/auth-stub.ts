// For Vitest only: stands in for the session lookup of src/server/auth.ts, so integration tests
// call real actions and route handlers, on the real database, as a real user row they created.
// Only "who is signed in" is fake; permissions, queries and the database are the real ones.
//   vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));
import { AppError } from "@/lib/app-error";
import { can, type Permission, type Role } from "@/lib/policy";

type SessionUser = { id: string; email: string; name: string; role: Role };

let current: SessionUser | null = null;

/** Signs the given user row in for the following calls; null signs out. */
export function signInAs(user: { id: string; email: string; name: string; role: Role } | null): void {
  current = user ? { id: user.id, email: user.email, name: user.name, role: user.role } : null;
}

export async function currentUser(): Promise<SessionUser | null> {
  return current;
}

export async function requireUser(): Promise<SessionUser> {
  if (!current) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
  return current;
}

export function assertCan(user: SessionUser, permission: Permission): void {
  if (!can(user, permission)) throw new AppError("FORBIDDEN", "You do not have access to this");
}

export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  assertCan(user, permission);
  return user;
}
