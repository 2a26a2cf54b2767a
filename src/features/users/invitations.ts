import "server-only";
import { audit } from "@/server/audit";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { hashSecretToken, newSecretToken } from "@/server/secret-tokens";
import { createInvitationSchema, revokeInvitationSchema } from "./schemas";

// Sign-up invitations for the invite-only policy: a bearer link like a join link (256 random
// bits, only the sha256 stored), single-use and expiring. An admin makes one and sends it.

export type InvitationView = { id: string; note: string; createdAt: Date; status: "open" | "used" | "revoked" | "expired"; at: Date };

export function invitationPath(token: string): string {
  return `/sign-up?invite=${token}`;
}

export async function createInvitation(user: SessionUser, input: unknown, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  assertCan(user, "users:manage");
  const { note, days } = createInvitationSchema.parse(input);
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + days * 24 * 60 * 60_000);
  await db.$transaction(async (tx) => {
    const created = await tx.invitation.create({ data: { tokenHash: hashSecretToken(token), note, createdById: user.id, expiresAt }, select: { id: true } });
    await audit({ actorId: user.id, action: "invitation.create", targetType: "invitation", targetId: created.id, details: { days } }, tx);
  });
  return { token, expiresAt };
}

export async function revokeInvitation(user: SessionUser, input: unknown): Promise<void> {
  assertCan(user, "users:manage");
  const { invitationId } = revokeInvitationSchema.parse(input);
  await db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({ where: { id: invitationId, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    if (!count) throw new AppError("NOT_FOUND", "No such open invitation");
    await audit({ actorId: user.id, action: "invitation.revoke", targetType: "invitation", targetId: invitationId }, tx);
  });
}

/** The newest invitations, for the settings page: each with its status and the moment that status is about. */
export async function listInvitations(user: SessionUser, now = new Date()): Promise<InvitationView[]> {
  assertCan(user, "users:manage");
  const rows = await db.invitation.findMany({
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, note: true, createdAt: true, expiresAt: true, usedAt: true, revokedAt: true },
  });
  return rows.map(({ id, note, createdAt, expiresAt, usedAt, revokedAt }) => {
    const [status, at] = usedAt ? (["used", usedAt] as const) : revokedAt ? (["revoked", revokedAt] as const) : expiresAt <= now ? (["expired", expiresAt] as const) : (["open", expiresAt] as const);
    return { id, note, createdAt, status, at };
  });
}

/**
 * Uses up an invitation inside the sign-up's transaction: true when the token named an open one.
 * One statement, so two sign-ups racing with one link cannot both use it.
 */
export async function consumeInvitation(tx: Tx, token: string, now = new Date()): Promise<boolean> {
  const { count } = await tx.invitation.updateMany({
    where: { tokenHash: hashSecretToken(token), usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}

/** Whether a token names an open invitation (the sign-up page, before the form is shown). No user: the token is the credential. */
export async function isOpenInvitation(token: string, now = new Date()): Promise<boolean> {
  const found = await db.invitation.findFirst({
    where: { tokenHash: hashSecretToken(token), usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true },
  });
  return !!found;
}
