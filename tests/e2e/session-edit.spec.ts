// An interviewer edits a scheduled session: moves its start and adds a question the candidate was
// asked before (the create form's exposure warning shows), saves; the rescheduled invitation
// reaches Admin → Mail with a renewed join link that opens the candidate's view, and neither that
// mail nor what the candidate's browser receives holds anything interviewer-only.
import { createFinishedSession } from "../factories/finished-sessions";
import { createQuestion } from "../factories/questions";
import { createSession } from "../factories/sessions";
import { createUser } from "../factories/users";
import { openDeliveredMail } from "./support/admin-mailbox";
import { textsOf } from "./support/bank-needles";
import { leaks, recordCandidate } from "./support/leak-recorder";
import { expect, signIn, test } from "./support/fixtures";

const two = (n: number) => String(n).padStart(2, "0");
const wallClock = (at: Date) => `${at.getUTCFullYear()}-${two(at.getUTCMonth() + 1)}-${two(at.getUTCDate())}T${two(at.getUTCHours())}:${two(at.getUTCMinutes())}`;

test("an interviewer reschedules a session and adds a question, sees the exposure warning, and the new invitation reaches Admin → Mail", async ({ page, browser, db, baseURL }) => {
  const stamp = Date.now();
  const interviewer = await createUser(db, { role: "INTERVIEWER" });
  // The form names the viewer's zone; a fixed one keeps the typed time and the shown time comparable.
  await db.user.update({ where: { id: interviewer.id }, data: { timeZone: "UTC" } });
  const first = await createQuestion(db, { title: `Edit first ${stamp}` });
  const seen = await createQuestion(db, { title: `Edit seen before ${stamp}` });
  const candidateEmail = `edited-${stamp}@example.com`;
  const { session } = await createSession(db, { creatorId: interviewer.id, questionIds: [first.id], candidateName: "Erin Edit" });
  await db.candidate.update({ where: { id: session.candidateId }, data: { email: candidateEmail } });
  await db.interviewSession.update({ where: { id: session.id }, data: { scheduledAt: new Date(Date.now() + 2 * 86_400_000), durationMinutes: 30 } });
  // Erin was asked this one in an earlier interview of the same panel.
  await createFinishedSession(db, { candidate: { id: session.candidateId }, interviewers: [interviewer], questions: [seen] });

  // The edit form is prefilled on the server in the viewer's zone: a hydration mismatch would log here.
  const errors: string[] = [];
  page.on("console", (message) => void (message.type() === "error" && errors.push(message.text())));
  page.on("pageerror", (error) => void errors.push(error.message));

  await signIn(page, interviewer.email);
  await page.goto(`/sessions/${session.id}`);
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page).toHaveURL(`/sessions/${session.id}/edit`);
  await expect(page.getByText("Your time zone: UTC")).toBeVisible();

  const moved = new Date(Date.now() + 3 * 86_400_000);
  moved.setUTCHours(9, 15, 0, 0);
  await page.getByLabel("Starts at").fill(wallClock(moved));
  await page.getByLabel("Search the bank").fill(`Edit seen before ${stamp}`);
  await page.getByRole("button", { name: `Add ${seen.title}` }).click();
  await expect(page.getByTestId("exposure-warning")).toContainText("Erin Edit has already seen 1 of these questions");
  await page.getByRole("button", { name: "Save changes" }).click();

  await expect(page).toHaveURL(`/sessions/${session.id}`);
  await expect(page.getByTestId("scheduled-at")).toContainText("09:15");
  await expect(page.getByRole("heading", { name: /Questions/ })).toContainText("(2,");
  await expect(page.getByText(seen.title)).toBeVisible();
  // The renewed link is shown to the one who renewed it, as after creating.
  const shown = await page.getByTestId("join-link").inputValue();
  expect(errors).toEqual([]);

  const admin = await browser.newPage();
  await signIn(admin, "admin@example.com");
  const text = await openDeliveredMail(admin, candidateEmail, "Interview rescheduled");
  await expect(admin.getByRole("link", { name: "invite.ics" })).toBeVisible();
  expect(text).toContain("09:15");
  expect(text).toContain("This link replaces the one sent before.");
  for (const secret of [first, seen].flatMap(textsOf).filter(Boolean)) expect(text, secret).not.toContain(secret);
  const joinPath = /\/join\/[A-Za-z0-9_-]{43}/.exec(text)?.[0];
  expect(joinPath).toBeTruthy();
  expect(shown).toContain(joinPath!);

  const context = await browser.newContext();
  const recorder = await recordCandidate(context);
  const candidate = await context.newPage();
  expect((await candidate.goto(joinPath!))?.status()).toBe(200);
  await expect(candidate.getByText("Waiting for your interviewer")).toBeVisible();
  await recorder.collectEvents(candidate);
  await recorder.finish(baseURL!);
  const interviewerOnly = [first, seen].flatMap((q) => textsOf({ ...q, title: "", prompt: "" })).filter(Boolean);
  expect(leaks(recorder.recorded, interviewerOnly)).toEqual([]);
  await Promise.all([admin.close(), context.close()]);
});
