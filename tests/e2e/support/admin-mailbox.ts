// Admin → Mail, as an admin reads it: the embedded receiver's mailbox, where the outbox worker
// delivers within moments of the commit (LISTEN/NOTIFY). The page is reloaded until the mail is in.
import { expect, type Page } from "@playwright/test";

/** Opens the one mail to `to` whose subject is `subject` on `page` (signed in as an admin); returns its text. */
export async function openDeliveredMail(page: Page, to: string, subject: string): Promise<string> {
  await expect(async () => {
    await page.goto("/admin/mail");
    await expect(page.getByRole("row").filter({ hasText: to })).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await page.getByRole("row").filter({ hasText: to }).getByRole("link", { name: subject }).click();
  return page.getByTestId("mail-text").innerText();
}
