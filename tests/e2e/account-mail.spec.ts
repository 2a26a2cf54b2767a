// Account mail and the home page (issue 16): an admin creates a user, the sign-in link reaches
// Admin → Mail (the embedded mailbox), the person follows it, chooses a password and lands on
// their home page; an interviewer's home shows today's session and the scorecard they owe.
import type { Page } from "@playwright/test";
import { createFinishedSession } from "../factories/finished-sessions";
import { createQuestion } from "../factories/questions";
import { createSession } from "../factories/sessions";
import { createUser } from "../factories/users";
import { openDeliveredMail } from "./support/admin-mailbox";
import { expect, signIn, test } from "./support/fixtures";

/** Console errors and uncaught page errors, as no-console-errors.spec.ts counts them. */
function problemsOf(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

test("an admin-created user follows the mailed sign-in link, sets a password and lands on their home page", async ({ page, browser }) => {
  const email = `welcome-${Date.now()}@example.com`;
  await signIn(page, "admin@example.com");
  await page.goto("/admin/users");
  const create = page.getByRole("form", { name: "Create a user" });
  await create.getByLabel("Name").fill("Wanda Welcome");
  await create.getByLabel("Email").fill(email);
  await create.getByLabel("Role", { exact: true }).selectOption("INTERVIEWER");
  await create.getByRole("button", { name: "Create user" }).click();
  const shown = await page.getByTestId("sign-in-link").inputValue();
  expect(shown).toMatch(/\/welcome\/[A-Za-z0-9_-]{43}$/);

  const text = await openDeliveredMail(page, email, "Your Probe account is ready");
  const linkPath = /\/welcome\/[A-Za-z0-9_-]{43}/.exec(text)?.[0];
  // The mail holds the very link the admin was shown.
  expect(linkPath).toBeTruthy();
  expect(shown.endsWith(linkPath!)).toBe(true);

  const context = await browser.newContext();
  const person = await context.newPage();
  const problems = problemsOf(person);
  await person.goto(linkPath!);
  await expect(person.getByRole("heading", { name: "Welcome to Probe" })).toBeVisible();
  await person.getByLabel("Choose a password").fill("password");
  await person.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(person.getByText("That password is too common")).toBeVisible();
  await person.getByLabel("Choose a password").fill("wanda's own passphrase");
  await person.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(person).toHaveURL(/\/home$/);
  await expect(person.getByTestId("user-role")).toHaveText("Interviewer");
  await expect(person.getByTestId("home-sessions")).toContainText("No interviews on your panel today or later");
  await expect(person.getByTestId("home-scorecards")).toContainText("You owe no scorecards");

  // Used once: the link is dead now, and the password works.
  await context.clearCookies();
  await person.goto(linkPath!);
  await expect(person.getByText("This sign-in link is not valid any more")).toBeVisible();
  await signIn(person, email, "wanda's own passphrase");
  await expect(person).toHaveURL(/\/home$/);
  expect(problems, problems.join("\n")).toEqual([]);
  await context.close();
});

test("an interviewer's home shows today's session and the scorecard they owe, and nobody else's", async ({ page, db }) => {
  const stamp = Date.now();
  const ivan = await createUser(db, { role: "INTERVIEWER" });
  const other = await createUser(db, { role: "INTERVIEWER" });
  // The zone is saved, so "today" is the same day for the test and the page whatever the clock says.
  await db.user.update({ where: { id: ivan.id }, data: { timeZone: "UTC" } });
  const question = await createQuestion(db, { title: `Home question ${stamp}` });
  const today = new Date(new Date().setUTCHours(0, 1, 0, 0));

  const { session: mine } = await createSession(db, { creatorId: ivan.id, questionIds: [question.id], candidateName: `Tia Today ${stamp}` });
  await db.interviewSession.update({ where: { id: mine.id }, data: { title: `Morning loop ${stamp}`, scheduledAt: today, durationMinutes: 45 } });
  const { session: theirs } = await createSession(db, { creatorId: other.id, questionIds: [question.id], candidateName: `Not Ivans ${stamp}` });
  await db.interviewSession.update({ where: { id: theirs.id }, data: { scheduledAt: today } });
  const owed = await createFinishedSession(db, { candidate: { name: `Owen Owed ${stamp}` }, title: `Yesterday's loop ${stamp}`, interviewers: [ivan], questions: [question] });
  await createFinishedSession(db, { candidate: { name: `Sue Submitted ${stamp}` }, interviewers: [ivan], questions: [question], scorecards: [{ interviewerId: ivan.id, status: "SUBMITTED", recommendation: "YES" }] });

  const problems = problemsOf(page);
  await signIn(page, ivan.email);
  await expect(page).toHaveURL(/\/home$/);
  const sessions = page.getByTestId("home-sessions");
  await expect(sessions.getByTestId("home-session")).toHaveCount(1);
  await expect(sessions).toContainText("Today (UTC)");
  await expect(sessions.getByTestId("home-session")).toContainText(`Morning loop ${stamp}`);
  await expect(sessions.getByTestId("home-session")).toContainText("00:01 UTC");
  await expect(page.getByText(`Not Ivans ${stamp}`)).toHaveCount(0);

  const scorecards = page.getByTestId("home-owed-scorecard");
  await expect(scorecards).toHaveCount(1);
  await expect(scorecards).toContainText(`Owen Owed ${stamp}`);
  await expect(scorecards).toContainText("Not begun");
  await scorecards.getByRole("link", { name: `Yesterday's loop ${stamp}` }).click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${owed.id}/scorecard$`));
  expect(problems, problems.join("\n")).toEqual([]);
});
