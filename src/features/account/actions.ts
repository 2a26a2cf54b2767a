"use server";

import { hashPassword, verifyPassword } from "@/features/auth/password";
import type { ActionResult } from "@/lib/app-error";
import { audit } from "@/server/audit";
import { requireUser, signIn } from "@/server/auth";
import { db } from "@/server/db";
import { AppError, runAction } from "@/server/errors";
import { changePasswordSchema } from "./schemas";

/**
 * Changing the password bumps authVersion, which signs the user out everywhere; this browser is
 * then signed in again with the new password so the person who changed it stays in.
 */
export async function changePasswordAction(input: unknown): Promise<ActionResult<null>> {
  const result = await runAction(async () => {
    const user = await requireUser();
    const { currentPassword, newPassword } = changePasswordSchema.parse(input);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    if (!(await verifyPassword(currentPassword, row.passwordHash))) {
      throw new AppError("VALIDATION", "Your current password is not right", { currentPassword: ["That is not your current password"] });
    }
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(newPassword), authVersion: { increment: 1 } } });
    await audit({ actorId: user.id, action: "user.password-change", targetType: "user", targetId: user.id });
    return { email: user.email, newPassword };
  });
  if (!result.ok) return result;
  // Signing in again answers with a redirect that carries the new cookie, so the next page is
  // rendered with it (never with the old, now refused, one).
  await signIn("credentials", { email: result.data.email, password: result.data.newPassword, redirectTo: "/account?password=changed" });
  return { ok: true, data: null };
}
