import { createFinishedSession } from "../factories/finished-sessions";
import { createBank, createQuestion } from "../factories/questions";
import { createUser } from "../factories/users";
import { expect, signIn, test } from "./support/fixtures";

test("the session builder warns when the candidate has already been asked a question", async ({ page, db }) => {
  const interviewer = await createUser(db, { role: "INTERVIEWER" });
  const seenBefore = await createQuestion(db, { title: `Already asked ${Date.now()}` });
  const fresh = await createQuestion(db, { title: `Never asked ${Date.now()}` });
  const email = `seen-${Date.now()}@example.com`;
  await createFinishedSession(db, { candidate: { name: "Sam Seen", email }, interviewers: [interviewer], questions: [seenBefore] });
  const kit = await db.kit.create({
    data: { name: `Exposure kit ${Date.now()}`, createdById: interviewer.id, items: { create: [{ questionId: seenBefore.id, position: 0 }, { questionId: fresh.id, position: 1 }] } },
  });

  await signIn(page, interviewer.email);
  await page.goto(`/sessions/new?kit=${kit.id}`);
  await page.getByLabel("Candidate name").fill("Sam Seen");
  await page.getByLabel("Candidate email (optional)").fill(email);
  const warning = page.getByTestId("exposure-warning");
  await expect(warning).toContainText("Sam Seen has already seen 1 of these questions");
  await expect(page.getByText(seenBefore.title)).toBeVisible();
  await expect(page.getByText(fresh.title)).toHaveCount(0);

  await page.getByLabel("Candidate email (optional)").fill("someone-else@example.com");
  await expect(warning).toHaveCount(0);
});

test("the warning counts practice on a copy, and names no session the interviewer may not open", async ({ page, db }) => {
  const stamp = Date.now();
  const [builder, other] = [await createUser(db, { role: "INTERVIEWER" }), await createUser(db, { role: "INTERVIEWER" })];
  const email = `copy-practiser-${stamp}@example.com`;
  const askedElsewhere = await createQuestion(db, { title: `Asked by someone else ${stamp}` });
  const copied = await createQuestion(db, { title: `Practised as a copy ${stamp}` });
  const practiceBank = await createBank(db, { purpose: "PRACTICE" });
  const copy = await createQuestion(db, { bankId: practiceBank.id, title: `The practice copy ${stamp}` });
  await db.question.update({ where: { id: copy.id }, data: { copiedFromId: copied.id } });
  const account = await createUser(db, { role: "CANDIDATE", email: email.toUpperCase() });
  await db.practiceAttempt.create({
    data: { userId: account.id, questionId: copy.id, questionVersionId: copy.versions[0]!.id, answer: "x", grade: 3, durationMs: 1000, createdAt: new Date("2026-05-04T12:00:00Z") },
  });
  const hidden = await createFinishedSession(db, { candidate: { name: "Robin Copy", email }, interviewers: [other], questions: [askedElsewhere] });
  const kit = await db.kit.create({
    data: { name: `Copy kit ${stamp}`, createdById: builder.id, items: { create: [{ questionId: askedElsewhere.id, position: 0 }, { questionId: copied.id, position: 1 }] } },
  });

  await signIn(page, builder.email);
  await page.goto(`/sessions/new?kit=${kit.id}`);
  await page.getByLabel("Candidate name").fill("Robin Copy");
  await page.getByLabel("Candidate email (optional)").fill(email);
  const warning = page.getByTestId("exposure-warning");
  await expect(warning).toContainText("Robin Copy has already seen 2 of these questions");
  await expect(page.getByRole("listitem").filter({ hasText: askedElsewhere.title })).toContainText("asked in an earlier interview");
  await expect(page.getByRole("listitem").filter({ hasText: copied.title })).toContainText("practised a copy on");
  // The other panel's session is not named: no link to it, no id in the page.
  await expect(page.locator(`a[href="/sessions/${hidden.id}"]`)).toHaveCount(0);
  expect(await page.content()).not.toContain(hidden.id);
});
