// A hiring manager handles a candidate's personal data in the browser: merges a duplicate record
// into the right one, then erases a candidate on request.
import { createFinishedSession } from "../factories/finished-sessions";
import { createQuestion } from "../factories/questions";
import { expect, signIn, test } from "./support/fixtures";

test("merge two records of one person, then erase a candidate", async ({ page, db }) => {
  const stamp = Date.now();
  const ivan = await db.user.findUniqueOrThrow({ where: { email: "interviewer@example.com" } });
  const question = await createQuestion(db);
  const finished = (name: string, email: string | null, title: string) =>
    createFinishedSession(db, {
      candidate: { name, email },
      title,
      interviewers: [ivan],
      questions: [question],
      notes: [{ interviewerId: ivan.id, position: 0, rating: 3, notes: `Notes about ${name}` }],
      scorecards: [{ interviewerId: ivan.id, recommendation: "YES", level: "SENIOR", summary: `Summary about ${name}` }],
    });
  const name = `Mira Merge ${stamp}`;
  const kept = await finished(name, null, `First loop ${stamp}`);
  const duplicate = await finished(name, `mira-${stamp}@example.test`, `Second loop ${stamp}`);

  await signIn(page, "manager@example.com");
  await page.goto(`/candidates/${kept.candidateId}`);
  await page.getByRole("link", { name: "Personal data" }).click();
  await expect(page.getByRole("heading", { name: `Personal data: ${name}` })).toBeVisible();

  // The likely duplicate is offered at once (same name); merging asks once more.
  const offered = page.getByTestId("merge-candidates").getByRole("listitem");
  await expect(offered).toHaveCount(1);
  await expect(offered).toContainText(`mira-${stamp}@example.test`);
  await offered.getByRole("button", { name: /into this record/ }).click();
  await offered.getByRole("button", { name: `Yes, merge into “${name}”` }).click();
  await expect(page.getByText(`Merged “${name}” into this record: 1 interview and 0 decisions moved here.`)).toBeVisible();
  await expect(page.getByLabel("Email (optional)")).toHaveValue(`mira-${stamp}@example.test`);
  expect(await db.candidate.findUnique({ where: { id: duplicate.candidateId } })).toBeNull();
  expect(await db.interviewSession.count({ where: { candidateId: kept.candidateId } })).toBe(2);

  // The debrief now shows both interviews.
  await page.getByRole("link", { name: "Back to the debrief" }).click();
  await expect(page.getByText(`First loop ${stamp}`).first()).toBeVisible();
  await expect(page.getByText(`Second loop ${stamp}`).first()).toBeVisible();

  // Erase: the name must be typed; then everything about them is gone and the list says so.
  await page.goto(`/candidates/${kept.candidateId}/personal-data`);
  const erase = page.getByRole("form", { name: "Erase this candidate" });
  await erase.getByLabel(`Type “${name}” to confirm`).fill("someone else");
  await erase.getByRole("button", { name: "Erase this candidate for good" }).click();
  await expect(erase.getByRole("alert")).toContainText("Type the candidate's name exactly");
  await erase.getByLabel(`Type “${name}” to confirm`).fill(name);
  await erase.getByRole("button", { name: "Erase this candidate for good" }).click();
  await expect(page).toHaveURL(/\/candidates\?erased=1$/);
  await expect(page.getByText("The candidate was erased")).toBeVisible();
  await expect(page.getByText(name)).toHaveCount(0);

  expect(await db.candidate.findUnique({ where: { id: kept.candidateId } })).toBeNull();
  expect(await db.interviewSession.count({ where: { title: { contains: String(stamp) } } })).toBe(0);
  const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "candidate.erase" }, orderBy: { createdAt: "desc" } });
  expect(entry.details).toMatchObject({ sessions: 2, scorecards: 2, notes: 2 });
  expect(JSON.stringify(entry)).not.toContain(name);
});
