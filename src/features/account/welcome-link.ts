import "server-only";
import { queueMail } from "@/features/mail/outbox";
import type { Tx } from "@/server/db";
import { issueAccountLink, isAccountLinkUsable, LINK_PATHS } from "./account-links";
import { setPasswordByLink } from "./password-reset";

// An account an admin creates without a password gets a welcome link instead of a one-time
// password on screen: mailed to the person, shown once to the admin (to pass on by hand when the
// mail is slow), single use, 72 hours (account-links.ts). Following it sets the first password
// and signs the person in; it also proves the address.

export const WELCOME_INVALID = "This sign-in link is not valid any more (used, expired or replaced). Ask an admin of this Probe for a new one, or use “Forgot password”.";
export const welcomePath = LINK_PATHS.WELCOME;

/** Queues the welcome mail in the caller's transaction and returns the link (it exists only now). */
export async function queueWelcomeLink(tx: Tx, user: { id: string; email: string; name: string }, origin: string, now: Date): Promise<string> {
  const link = await issueAccountLink(tx, user.id, "WELCOME", origin, now);
  await queueMail(tx, {
    to: user.email,
    subject: "Your Probe account is ready",
    body: `Hello ${user.name},\n\nAn admin made you an account on Probe. Choose your password here to sign in (the link works once, for 72 hours):\n\n${link}\n\nIf the link has expired, use “Forgot password” on the sign-in page with this address.`,
    reason: "an admin of Probe created an account with your address",
  });
  return link;
}

export function isWelcomeTokenUsable(token: string, now = new Date()): Promise<boolean> {
  return isAccountLinkUsable(token, "WELCOME", now);
}

/** Sets the first password through the welcome link; returns the email to sign in with. */
export function acceptWelcome(input: unknown, now = new Date()): Promise<{ email: string }> {
  return setPasswordByLink("WELCOME", input, WELCOME_INVALID, now);
}
