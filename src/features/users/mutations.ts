import "server-only";
import { randomBytes } from "node:crypto";
import { queueWelcomeLink } from "@/features/account/welcome-link";
import { audit } from "@/server/audit";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { revokeUserSessions } from "@/server/auth-session";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { hashPassword } from "@/server/passwords";
import { isUniqueViolation } from "@/server/prisma-errors";
import { changeRoleSchema, createUserSchema, editUserSchema, setActiveSchema } from "./schemas";

// The admin's writes to accounts. Each checks users:manage before it reads its input.

/**
 * Creates an account. With a password the account is ready to use; without one, the person gets a
 * welcome link by mail (features/account/welcome-link.ts) to choose their own, and the admin gets
 * the same link back this once, to pass on by hand. The account's password until then is random
 * and never shown. An admin vouches for the address, so it counts as verified.
 */
export async function createUser(user: SessionUser, input: unknown, origin: string, now = new Date()): Promise<{ email: string; signInLink?: string }> {
  assertCan(user, "users:manage");
  const data = createUserSchema.parse(input);
  const passwordHash = await hashPassword(data.password || randomBytes(32).toString("base64url"));
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) throw EMAIL_IN_USE();
      const created = await tx.user.create({
        data: { name: data.name, email: data.email, role: data.role, passwordHash, emailVerifiedAt: now },
        select: { id: true, email: true, name: true },
      });
      const signInLink = data.password ? undefined : await queueWelcomeLink(tx, created, origin, now);
      await audit({ actorId: user.id, action: "user.create", targetType: "user", targetId: created.id, details: { role: data.role, welcomeLink: Boolean(signInLink) } }, tx);
      return { email: created.email, signInLink };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw EMAIL_IN_USE();
    throw error;
  }
}

const EMAIL_IN_USE = () => new AppError("VALIDATION", "That email is taken", { email: ["A user with this email already exists"] });

export async function changeRole(user: SessionUser, input: unknown): Promise<void> {
  assertCan(user, "users:manage");
  const { userId, role } = changeRoleSchema.parse(input);
  if (userId === user.id) throw new AppError("BAD_REQUEST", "You cannot change your own role");
  const before = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!before) throw new AppError("NOT_FOUND", "No such user");
  await db.$transaction(async (tx) => {
    // authVersion++ and revoked session records end the user's current sessions, so the new role
    // applies at once; the notification closes their open event streams.
    await tx.user.update({ where: { id: userId }, data: { role, authVersion: { increment: 1 } } });
    await revokeUserSessions(tx, userId);
    await audit({ actorId: user.id, action: "user.role-change", targetType: "user", targetId: userId, details: { from: before.role, to: role } }, tx);
  });
}

export async function setActive(user: SessionUser, input: unknown): Promise<void> {
  assertCan(user, "users:manage");
  const { userId, active } = setActiveSchema.parse(input);
  if (userId === user.id) throw new AppError("BAD_REQUEST", "You cannot deactivate yourself");
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { active, authVersion: { increment: 1 } } });
    await revokeUserSessions(tx, userId);
    await audit({ actorId: user.id, action: active ? "user.reactivate" : "user.deactivate", targetType: "user", targetId: userId }, tx);
  });
}

const EMAIL_TAKEN = () => new AppError("VALIDATION", "That email is taken", { email: ["Another user has this email"] });

/**
 * Renames an account or changes its email. The email is the sign-in name, so changing it ends
 * every session of the user (authVersion++): they sign in again with the new one, and an account
 * handed to the right person after a typo is not left open to the wrong one. A name change keeps
 * them signed in. An admin's own email is changed by another admin (it would sign them out).
 */
export async function editUser(user: SessionUser, input: unknown): Promise<{ signedOut: boolean }> {
  assertCan(user, "users:manage");
  const { userId, name, email } = editUserSchema.parse(input);
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.user.findUnique({ where: { id: userId }, select: { name: true, email: true } });
      if (!before) throw new AppError("NOT_FOUND", "No such user");
      const emailChanged = before.email !== email;
      if (emailChanged && userId === user.id) {
        throw new AppError("VALIDATION", "Another admin changes your own email", { email: ["Ask another admin: changing it signs you out everywhere"] });
      }
      if (emailChanged && (await tx.user.findUnique({ where: { email }, select: { id: true } }))) throw EMAIL_TAKEN();
      if (!emailChanged && before.name === name) return { signedOut: false };
      await tx.user.update({ where: { id: userId }, data: { name, email, ...(emailChanged ? { authVersion: { increment: 1 } } : {}) } });
      // Like a role change: the session records end too, and open event streams close.
      if (emailChanged) await revokeUserSessions(tx, userId);
      const changed = [...(before.name !== name ? ["name"] : []), ...(emailChanged ? ["email"] : [])];
      // The old and new email are kept: who could sign in as whom matters when reading the log later.
      const details = emailChanged ? { changed, emailFrom: before.email, emailTo: email } : { changed };
      await audit({ actorId: user.id, action: "user.edit", targetType: "user", targetId: userId, details }, tx);
      return { signedOut: emailChanged };
    });
  } catch (error) {
    // Two admins giving the same email at once: the unique index refuses the second.
    if (isUniqueViolation(error)) throw EMAIL_TAKEN();
    throw error;
  }
}
