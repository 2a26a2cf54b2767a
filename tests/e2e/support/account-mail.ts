// The account mail a person would open, read where the app queued it (the outbox row is written
// in the same transaction as the sign-up or the new account, so it is there when the form
// answers). The link is followed as it stands in the mail, on this app's origin.
import { expect, type Page } from "@playwright/test";
import type { PrismaClient } from "../../../src/generated/prisma/client";

/** What sign-up answers, whether or not the email is new. */
export const SIGN_UP_NOTICE = "Check your inbox: if this email is new, a link to confirm it is on its way. Follow it, then sign in here.";

/** The newest link to `path` ("verify-email", "welcome") in a mail to `email`, as a path on this app. */
export async function linkInMail(db: PrismaClient, email: string, path: "verify-email" | "welcome" | "reset-password"): Promise<string> {
  const pattern = new RegExp(`https?://[^/\\s]+(/${path}/[A-Za-z0-9_-]{43})`);
  let found: string | undefined;
  await expect
    .poll(async () => {
      const rows = await db.outboxMessage.findMany({ where: { to: email }, orderBy: { createdAt: "desc" }, select: { text: true } });
      found = rows.map((row) => pattern.exec(row.text)?.[1]).find(Boolean);
      return found;
    })
    .toBeTruthy();
  return found!;
}

/**
 * After a sign-up: opens the verification link from the mail and confirms. The page then offers
 * sign-in with the email filled in, as the sign-up form did before it.
 */
export async function confirmEmailFromMail(page: Page, db: PrismaClient, email: string): Promise<void> {
  await page.goto(await linkInMail(db, email, "verify-email"));
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByText("Your email is confirmed. Sign in with the password you chose.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email.toLowerCase());
}
