import "server-only";
import { queueSignUpExistingNotice, queueVerification } from "@/features/account/email-verification";
import { linkOrigin } from "@/features/mail/origin";
import { consumeInvitation } from "@/features/users/invitations";
import { getSignUpPolicy } from "@/features/users/sign-up-policy";
import { audit } from "@/server/audit";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { hashPassword } from "@/server/passwords";
import { isUniqueViolation } from "@/server/prisma-errors";
import { countAttempt, minutesLeft } from "@/server/shared-rate-limit";
import { signUpSchema } from "./schemas";

// Creating a candidate account from /sign-up, under the admin's policy (open, invite-only,
// closed). The answer is the same whether or not the email already has an account: same status,
// same message, about the same time (a password is hashed and a mail queued either way), and
// nothing is created for an existing email. A new account gets a verification link and cannot sign
// in before it is followed; an existing one gets a "someone tried to sign up" mail instead
// (features/account/email-verification.ts). Limited per client address; every attempt is audited.
// docs/decisions/sign-up-policy.md, docs/decisions/email-verification.md.

export const SIGN_UP_LIMIT = { perClient: 10, windowMinutes: 60 } as const;
export const SIGN_UP_DONE = "Check your inbox: if this email is new, a link to confirm it is on its way. Follow it, then sign in here.";
export const SIGN_UP_CLOSED = "Sign-up is closed. Ask an admin of this Probe for an account.";
export const INVITATION_NEEDED = "Sign-up needs an invitation. Ask an admin of this Probe for an invitation link.";
export const INVITATION_INVALID = "This invitation link is not valid any more (used, revoked or expired). Ask for a new one.";

export async function signUp(input: unknown, client: { address: string }, origin = linkOrigin(), now = new Date()): Promise<{ message: string }> {
  const policy = await getSignUpPolicy();
  if (policy === "closed") throw new AppError("FORBIDDEN", SIGN_UP_CLOSED);
  const { name, email, password, invite } = signUpSchema.parse(input);
  if (policy === "invite-only" && !invite) throw new AppError("FORBIDDEN", INVITATION_NEEDED);

  const counted = await countAttempt([{ key: `sign-up:client:${client.address}`, windowMs: SIGN_UP_LIMIT.windowMinutes * 60_000 }], now);
  const count = [...counted.values()][0]!;
  if (count.hits > SIGN_UP_LIMIT.perClient) {
    await audit({ actorId: null, action: "auth.sign-up-refused", details: { email, address: client.address, reason: "rate-limited" } });
    throw new AppError("RATE_LIMITED", `Too many sign-ups from your network. Try again in ${minutesLeft(count, now)} minutes.`);
  }

  // Hashed before anything is looked up, so an existing email costs the same time as a new one.
  const passwordHash = await hashPassword(password);
  try {
    await db.$transaction(async (tx) => {
      // Under invite-only the link is used up whatever the email, so it cannot test emails one by one.
      if (policy === "invite-only" && !(await consumeInvitation(tx, invite!, now))) throw new AppError("FORBIDDEN", INVITATION_INVALID);
      const existing = await tx.user.findUnique({ where: { email }, select: { id: true, email: true } });
      if (existing) {
        await queueSignUpExistingNotice(tx, existing, origin, now);
        await audit({ actorId: null, action: "auth.sign-up-existing", targetType: "user", targetId: existing.id, details: { address: client.address, policy } }, tx);
        return;
      }
      const created = await tx.user.create({ data: { name, email, role: "CANDIDATE", passwordHash, emailVerifiedAt: null }, select: { id: true, email: true, name: true } });
      await queueVerification(tx, created, origin, now);
      await audit({ actorId: created.id, action: "auth.sign-up", targetType: "user", targetId: created.id, details: { address: client.address, policy } }, tx);
    });
  } catch (error) {
    // The same email signed up twice at once: the second finds it taken, which it must not say.
    if (!isUniqueViolation(error)) throw error;
  }
  return { message: SIGN_UP_DONE };
}
