import "server-only";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";

export type UserRow = { id: string; name: string; email: string; role: string; active: boolean; createdAt: Date };

export async function listUsers(user: SessionUser): Promise<UserRow[]> {
  assertCan(user, "users:manage");
  return db.user.findMany({
    orderBy: [{ active: "desc" }, { createdAt: "asc" }],
    select: { id: true, name: true, email: true, role: true, active: true, createdAt: true },
  });
}
