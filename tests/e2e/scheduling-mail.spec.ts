// An interviewer schedules a session; the invitation lands in Admin → Mail (the embedded mailbox,
// no SMTP_URL in tests) with its .ics and the join link, and that link opens the candidate's view.
import { createQuestion } from "../factories/questions";
import { createUser } from "../factories/users";
import { openDeliveredMail } from "./support/admin-mailbox";
import { expect, signIn, test } from "./support/fixtures";

test("a scheduled session's invitation reaches Admin → Mail, and its join link opens the candidate's view", async ({ page, browser, db }) => {
  const stamp = Date.now();
  const interviewer = await createUser(db, { role: "INTERVIEWER" });
  const question = await createQuestion(db, { title: `Scheduled question ${stamp}` });
  const kit = await db.kit.create({ data: { name: `Schedule kit ${stamp}`, createdById: interviewer.id, items: { create: [{ questionId: question.id, position: 0 }] } } });
  const candidateEmail = `invited-${stamp}@example.com`;

  await signIn(page, interviewer.email);
  await page.goto(`/sessions/new?kit=${kit.id}`);
  await page.getByLabel("Candidate name").fill("Ines Invited");
  await page.getByLabel("Candidate email (optional)").fill(candidateEmail);
  // The input is in the browser's zone, which the form names.
  await expect(page.getByText(/Your time zone: /)).toBeVisible();
  const tomorrow = new Date(Date.now() + 86_400_000);
  const local = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, "0")}-${String(tomorrow.getDate()).padStart(2, "0")}T10:30`;
  await page.getByLabel("Starts at").fill(local);
  await page.getByLabel("Video call link").fill("https://meet.example.com/ines");
  await page.getByRole("button", { name: "Create session" }).click();
  await expect(page).toHaveURL(/\/sessions\/c[a-z0-9]+$/);
  await expect(page.getByTestId("scheduled-at")).toContainText("10:30");

  const admin = await browser.newPage();
  await signIn(admin, "admin@example.com");
  const text = await openDeliveredMail(admin, candidateEmail, "Interview invitation");
  await expect(admin.getByRole("link", { name: "invite.ics" })).toBeVisible();
  expect(text).toContain("https://meet.example.com/ines");
  expect(text).toContain("You receive this because");
  expect(text).not.toContain(question.title);
  const joinPath = /\/join\/[A-Za-z0-9_-]{43}/.exec(text)?.[0];
  expect(joinPath).toBeTruthy();

  const candidate = await browser.newPage();
  expect((await candidate.goto(joinPath!))?.status()).toBe(200);
  await expect(candidate.getByText("Waiting for your interviewer")).toBeVisible();
  await Promise.all([admin.close(), candidate.close()]);
});
