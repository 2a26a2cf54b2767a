import type { Browser } from "@playwright/test";
import { createUser } from "../factories/users";
import { confirmEmailFromMail, SIGN_UP_NOTICE } from "./support/account-mail";
import { expect, signIn, test } from "./support/fixtures";

const MISMATCH = "That email and password do not match an active account.";

/** The same account signed in in a second browser, landed on `home`: whose session the test then ends. */
async function signedInElsewhere(browser: Browser, email: string, home: RegExp) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page).toHaveURL(home);
  return { page, close: () => context.close() };
}

const ROLES = [
  { email: "admin@example.com", role: "Admin", lands: /\/home$/, nav: ["Home", "Questions", "Sessions", "Candidates", "Users"], hidden: ["Practice"] },
  { email: "interviewer@example.com", role: "Interviewer", lands: /\/home$/, nav: ["Home", "Questions", "Kits", "Sessions"], hidden: ["Candidates", "Users", "Practice"] },
  { email: "manager@example.com", role: "Hiring manager", lands: /\/home$/, nav: ["Home", "Questions", "Sessions", "Candidates"], hidden: ["Kits", "Users", "Practice"] },
  { email: "candidate@example.com", role: "Candidate", lands: /\/practice$/, nav: ["Practice"], hidden: ["Home", "Questions", "Sessions", "Candidates", "Users"] },
];

for (const account of ROLES) {
  test(`${account.role} signs in, sees their navigation and signs out`, async ({ page }) => {
    await signIn(page, account.email);
    await expect(page).toHaveURL(account.lands);
    await expect(page.getByTestId("user-role")).toHaveText(account.role);
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const label of account.nav) await expect(nav.getByRole("link", { name: label })).toBeVisible();
    for (const label of account.hidden) await expect(nav.getByRole("link", { name: label })).toHaveCount(0);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/questions");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fquestions/);
  });
}

test("a wrong role is refused with a 403 page", async ({ page }) => {
  await signIn(page, "candidate@example.com");
  await expect(page).toHaveURL(/\/practice$/);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await expect(page.getByText("admin@example.com")).toHaveCount(0);
});

test("a bad password is refused with one message for unknown emails and wrong passwords", async ({ page }) => {
  await signIn(page, "interviewer@example.com", "not-the-password");
  await expect(page.getByText(MISMATCH)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, "nobody@example.com", "whatever-password");
  await expect(page.getByText(MISMATCH)).toBeVisible();
});

test("repeated failures lock the email for a while, even with the right password", async ({ page, db }) => {
  const user = await createUser(db, { role: "INTERVIEWER" });
  for (let i = 0; i < 6; i++) {
    await signIn(page, user.email, `wrong-${i}`);
    await expect(page.getByText(MISMATCH)).toBeVisible();
  }
  await signIn(page, user.email);
  await expect(page.getByText(/Too many failed sign-ins for this email/)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a candidate creates a practice account, confirms the email from the mail, and signs in", async ({ page, db }) => {
  const email = `new-${Date.now()}@example.com`;
  await page.goto("/sign-up");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your name")).toBeVisible();
  await page.getByLabel("Name").fill("New Candidate");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("That password is too common")).toBeVisible();
  await page.getByLabel("Password").fill("a-long-enough-passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  // The same answer whether or not the email was new (nothing tells which emails exist).
  await expect(page.getByText(SIGN_UP_NOTICE)).toBeVisible();
  // Not before the email is confirmed (decisions/email-verification.md).
  await page.getByLabel("Password").fill("a-long-enough-passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Confirm your email first")).toBeVisible();
  await confirmEmailFromMail(page, db, email);
  await page.getByLabel("Password").fill("a-long-enough-passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/practice$/);
  await expect(page.getByTestId("user-role")).toHaveText("Candidate");
});

test("sign-up answers an existing email exactly like a new one, and changes nothing", async ({ page, db }) => {
  const existing = await createUser(db, { role: "INTERVIEWER", name: "Already Here" });
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Someone Else");
  await page.getByLabel("Email").fill(existing.email);
  await page.getByLabel("Password").fill("a-long-enough-passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(SIGN_UP_NOTICE)).toBeVisible();
  // The owner is told by mail, with no link that changes the account.
  await expect.poll(() => db.outboxMessage.count({ where: { to: existing.email, subject: "Someone tried to sign up to Probe with your address" } })).toBe(1);
  // The new password does not open the existing account, which is as it was.
  await page.getByLabel("Password").fill("a-long-enough-passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(MISMATCH)).toBeVisible();
  expect(await db.user.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ name: "Already Here", role: "INTERVIEWER", passwordHash: existing.passwordHash });
});

test("an admin creates a user, changes a role and deactivates, which ends that user's session", async ({ page, browser, db }) => {
  const target = await createUser(db, { role: "INTERVIEWER" });
  const other = await signedInElsewhere(browser, target.email, /\/home$/);

  await signIn(page, "admin@example.com");
  await page.goto("/admin/users");
  // Every user's row has its own Name and Email fields too: the new user's are in the create form.
  const create = page.getByRole("form", { name: "Create a user" });
  await create.getByLabel("Name").fill("Invited Person");
  await create.getByLabel("Email").fill(`invited-${Date.now()}@example.com`);
  await create.getByLabel("Role", { exact: true }).selectOption("HIRING_MANAGER");
  await create.getByRole("button", { name: "Create user" }).click();
  // A sign-in link, mailed and shown once to copy (tests/e2e/account-mail.spec.ts follows one).
  await expect(page.getByTestId("sign-in-link")).toHaveValue(/\/welcome\/[A-Za-z0-9_-]{43}$/);

  const row = page.getByTestId(`user-${target.email}`);
  await row.getByLabel(`Role of ${target.name}`).selectOption("HIRING_MANAGER");
  await expect.poll(async () => (await db.user.findUnique({ where: { id: target.id } }))?.role).toBe("HIRING_MANAGER");
  await row.getByRole("button", { name: `Deactivate ${target.name}` }).click();
  await expect(row.getByText("Deactivated")).toBeVisible();

  await other.page.goto("/sessions");
  await expect(other.page).toHaveURL(/\/sign-in/);
  await other.close();
});

test("changing the password keeps this browser signed in and signs out every other session", async ({ page, browser, db }) => {
  const user = await createUser(db, { role: "HIRING_MANAGER" });
  const other = await signedInElsewhere(browser, user.email, /\/home$/);

  await signIn(page, user.email);
  await expect(page).toHaveURL(/\/home$/);
  await page.goto("/account");
  await page.getByLabel("Current password").fill("wrong-password");
  await page.getByLabel("New password", { exact: true }).fill("a-brand-new-passphrase");
  await page.getByLabel("New password again").fill("a-brand-new-passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password")).toBeVisible();

  await page.getByLabel("Current password").fill("demo1234");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed")).toBeVisible();
  await page.goto("/candidates");
  await expect(page).toHaveURL(/\/candidates$/);

  await other.page.goto("/candidates");
  await expect(other.page).toHaveURL(/\/sign-in/);
  await other.close();
});

test("the audit log records sign-ins and role changes, for admins only", async ({ page, db }) => {
  const user = await createUser(db, { role: "INTERVIEWER" });
  await signIn(page, user.email);
  await expect(page).toHaveURL(/\/home$/);
  const refused = await page.goto("/admin/audit");
  expect(refused?.status()).toBe(403);
  await page.context().clearCookies();

  await signIn(page, "admin@example.com");
  await page.goto(`/admin/audit?actor=${encodeURIComponent(user.email)}`);
  await expect(page.getByRole("cell", { name: "auth.sign-in", exact: true }).first()).toBeVisible();
});

test("the account page lists where you are signed in and signs another browser out", async ({ page, browser, db }) => {
  const user = await createUser(db, { role: "INTERVIEWER" });
  const other = await signedInElsewhere(browser, user.email, /\/home$/);
  await signIn(page, user.email);
  await page.goto("/account");
  const sessions = page.getByTestId("auth-session");
  await expect(sessions).toHaveCount(2);
  await expect(sessions.filter({ hasText: "This browser" })).toHaveCount(1);
  await sessions.filter({ hasNot: page.getByText("This browser") }).getByRole("button", { name: "Sign out" }).click();
  await expect(sessions).toHaveCount(1);
  await other.page.goto("/sessions");
  await expect(other.page).toHaveURL(/\/sign-in/);
  await other.close();
});

test("with sign-up by invitation only, a single-use link lets one person in", async ({ page, browser, db }) => {
  await signIn(page, "admin@example.com");
  await page.goto("/admin/settings");
  await page.getByRole("radio", { name: /Invitation only/ }).check();
  await page.getByRole("button", { name: "Apply sign-up policy" }).click();
  await expect(page.getByText("Sign-up is now “Invitation only”")).toBeVisible();
  try {
    await page.getByLabel("For whom (a note for you)").fill("Sam, practice");
    await page.getByRole("button", { name: "Create invitation link" }).click();
    const link = await page.getByLabel("Invitation link", { exact: true }).inputValue();

    const guest = await browser.newContext();
    const visitor = await guest.newPage();
    await visitor.goto("/sign-up");
    await expect(visitor.getByText("Sign-up needs an invitation")).toBeVisible();
    await visitor.goto(link);
    const email = `invited-${Date.now()}@example.com`;
    await visitor.getByLabel("Name").fill("Sam Invited");
    await visitor.getByLabel("Email").fill(email);
    await visitor.getByLabel("Password").fill("a-long-enough-passphrase");
    await visitor.getByRole("button", { name: "Create account" }).click();
    await expect(visitor.getByText(SIGN_UP_NOTICE)).toBeVisible();
    await confirmEmailFromMail(visitor, db, email);
    await visitor.getByLabel("Password").fill("a-long-enough-passphrase");
    await visitor.getByRole("button", { name: "Sign in" }).click();
    await expect(visitor).toHaveURL(/\/practice$/);
    // Used once: the same link no longer shows the form.
    await guest.clearCookies();
    await visitor.goto(link);
    await expect(visitor.getByText("This invitation link is not valid any more")).toBeVisible();
    await guest.close();
    await page.reload();
    await expect(page.getByTestId("invitation").filter({ hasText: "Sam, practice" })).toContainText("used");
  } finally {
    // Other tests sign up with the default policy.
    await db.setting.deleteMany({ where: { key: "signUpPolicy" } });
  }
});
