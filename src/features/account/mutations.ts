import "server-only";
import { audit } from "@/server/audit";
import type { SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { hashPassword, verifyPassword } from "@/server/passwords";
import { changePasswordSchema } from "./schemas";

/**
 * Changes the signed-in user's own password (any role: the record rule is "one's own account",
 * so it needs no permission). Bumping authVersion signs them out everywhere. Returns the new
 * password so the action can sign this browser in again with it.
 */
export async function changePassword(user: SessionUser, input: unknown): Promise<{ newPassword: string }> {
  const { currentPassword, newPassword } = changePasswordSchema.parse(input);
  const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(currentPassword, row.passwordHash))) {
    throw new AppError("VALIDATION", "Your current password is not right", { currentPassword: ["That is not your current password"] });
  }
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(newPassword), authVersion: { increment: 1 } } });
  await audit({ actorId: user.id, action: "user.password-change", targetType: "user", targetId: user.id });
  return { newPassword };
}
