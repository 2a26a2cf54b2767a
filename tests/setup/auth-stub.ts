// For Vitest only: stands in for the session lookup of src/server/auth.ts, so integration tests
// call real actions and route handlers, on the real database, as a real user row they created.
// Only "who is signed in" is fake; the gates (src/server/auth-gates.ts), queries and the database are the real ones.
//   vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));
import type { Role } from "@/lib/policy";
import { assertCan, gatesFor, type SessionUser } from "@/server/auth-gates";
import type { SignInRef } from "@/server/auth-session";
import { db } from "@/server/db";

let current: SessionUser | null = null;

/** Signs the given user row in for the following calls; null signs out. */
export function signInAs(user: { id: string; email: string; name: string; role: Role } | null): void {
  current = user ? { id: user.id, email: user.email, name: user.name, role: user.role } : null;
}

export async function currentUser(): Promise<SessionUser | null> {
  return current;
}

/**
 * The signed-in user and what their "cookie" says: no browser session record (sid null), and the
 * authVersion the user row has now, so a later deactivation or role change is seen by re-checks.
 */
export async function currentSignIn(): Promise<{ user: SessionUser; ref: SignInRef } | null> {
  if (!current) return null;
  const row = await db.user.findUnique({ where: { id: current.id }, select: { authVersion: true } });
  if (!row) return null;
  return { user: current, ref: { userId: current.id, sid: null, authVersion: row.authVersion } };
}

export const { requireUser } = gatesFor(currentUser);
export { assertCan };
