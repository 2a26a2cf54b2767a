"use server";

import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { hashPassword } from "@/features/auth/password";
import type { ActionResult } from "@/lib/app-error";
import { audit } from "@/server/audit";
import { requirePermission } from "@/server/auth";
import { db } from "@/server/db";
import { AppError, runAction } from "@/server/errors";
import { changeRoleSchema, createUserSchema, setActiveSchema } from "./schemas";

export async function createUserAction(input: unknown): Promise<ActionResult<{ email: string; oneTimePassword?: string }>> {
  return runAction(async () => {
    const admin = await requirePermission("users:manage");
    const data = createUserSchema.parse(input);
    const exists = await db.user.findUnique({ where: { email: data.email }, select: { id: true } });
    if (exists) throw new AppError("VALIDATION", "That email is taken", { email: ["A user with this email already exists"] });
    const oneTimePassword = data.password ? undefined : randomBytes(9).toString("base64url");
    const user = await db.user.create({
      data: { name: data.name, email: data.email, role: data.role, passwordHash: await hashPassword(data.password || oneTimePassword!) },
    });
    await audit({ actorId: admin.id, action: "user.create", targetType: "user", targetId: user.id, details: { role: data.role } });
    revalidatePath("/admin/users");
    return { email: user.email, oneTimePassword };
  });
}

export async function changeRoleAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const admin = await requirePermission("users:manage");
    const { userId, role } = changeRoleSchema.parse(input);
    if (userId === admin.id) throw new AppError("BAD_REQUEST", "You cannot change your own role");
    const before = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!before) throw new AppError("NOT_FOUND", "No such user");
    // authVersion++ ends the user's current sessions, so the new role applies at once.
    await db.user.update({ where: { id: userId }, data: { role, authVersion: { increment: 1 } } });
    await audit({ actorId: admin.id, action: "user.role-change", targetType: "user", targetId: userId, details: { from: before.role, to: role } });
    revalidatePath("/admin/users");
    return null;
  });
}

export async function setActiveAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const admin = await requirePermission("users:manage");
    const { userId, active } = setActiveSchema.parse(input);
    if (userId === admin.id) throw new AppError("BAD_REQUEST", "You cannot deactivate yourself");
    await db.user.update({ where: { id: userId }, data: { active, authVersion: { increment: 1 } } });
    await audit({ actorId: admin.id, action: active ? "user.reactivate" : "user.deactivate", targetType: "user", targetId: userId });
    revalidatePath("/admin/users");
    return null;
  });
}
