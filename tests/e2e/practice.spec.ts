// Solo practice end to end: a full run with probes and self-grading driven from the keyboard, a
// refresh mid-answer, a question coming back once it is due, and who may see whose practice.
import type { Page } from "@playwright/test";
import { createBank, createQuestion } from "../factories/questions";
import { createUser } from "../factories/users";
import { expect, signIn, test } from "./support/fixtures";

const SHOTS = "/tmp/practice";

async function startPick(page: Page, bankId: string, count: number) {
  await page.goto("/practice");
  await page.getByLabel("Bank").selectOption(bankId);
  const countField = page.getByLabel("How many questions");
  await countField.fill(String(count));
  await countField.press("Enter");
  await expect(page).toHaveURL(/\/practice\/run\//);
}

/** Walks the current question from the keyboard alone: answer, reveal, every probe, tick, grade. */
async function practiseWithKeyboard(page: Page, n: number, probes: number, opts: { grade: 1 | 2 | 3 | 4; tickFirstWrong: boolean }) {
  const answer = page.getByLabel("Your answer", { exact: true });
  await expect(answer).toBeFocused();
  await page.keyboard.type(`My answer to question ${n}`);
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("own-answer")).toHaveText(`My answer to question ${n}`);
  // In the model answer itself: the feedback's key points below quote it too.
  await expect(page.getByRole("region", { name: "Model answer" }).getByText(`MODEL-ANSWER-${n}`)).toBeVisible();
  await expect(page.getByText(`WRONG-ANSWER-${n}-A`)).toBeVisible();
  for (let i = 1; i <= probes; i++) {
    await page.keyboard.press("Control+Enter");
    await expect(page.getByText(`Probe question ${n}.${i}`)).toBeVisible();
    // The expected answer stays hidden until the candidate has answered the probe.
    await expect(page.getByText(`EXPECTED-PROBE-ANSWER-${n}-${i}`)).toHaveCount(0);
    await expect(page.getByLabel(`Your answer to follow-up ${i}`)).toBeFocused();
    await page.keyboard.type(`Probe answer ${n}.${i}`);
    await page.keyboard.press("Control+Enter");
    await expect(page.getByText(`EXPECTED-PROBE-ANSWER-${n}-${i}`)).toBeVisible();
  }
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("heading", { name: "Grade yourself" })).toBeVisible();
  if (opts.tickFirstWrong) {
    await expect(page.getByLabel("I gave wrong answer 1")).toBeFocused();
    await page.keyboard.press("Space");
    await expect(page.getByLabel("I gave wrong answer 1")).toBeChecked();
  }
  await page.keyboard.press(String(opts.grade));
  await expect(page.getByRole("radio", { checked: true })).toHaveValue(String(opts.grade));
  await page.keyboard.press("Control+Enter");
}

test("a candidate practises two questions from the keyboard, survives a refresh, and a question comes back when due", async ({ page, db }) => {
  test.setTimeout(180_000);
  const candidate = await createUser(db, { role: "CANDIDATE" });
  const bank = await createBank(db, { purpose: "PRACTICE" });
  const q1 = await createQuestion(db, { bankId: bank.id, number: 1, level: "JUNIOR" });
  const q2 = await createQuestion(db, { bankId: bank.id, number: 2, level: "MIDDLE" });

  await signIn(page, candidate.email);
  await expect(page).toHaveURL(/\/practice$/);
  await expect(page.getByRole("button", { name: "Due today (0)" })).toBeDisabled();
  await startPick(page, bank.id, 2);

  // Question 1: type half an answer, wait for the save, refresh: same step, text kept.
  await expect(page.getByRole("heading", { name: q1.title })).toBeVisible();
  await expect(page.getByText("Question 1 of 2")).toBeVisible();
  await expect(page.getByLabel("Your answer", { exact: true })).toBeFocused();
  await page.keyboard.type("My answer to");
  await expect(page.getByTestId("save-status")).toHaveText("Saved");
  await page.reload();
  const answer = page.getByLabel("Your answer", { exact: true });
  await expect(answer).toHaveValue("My answer to");
  await expect(answer).toBeFocused();
  await expect(page.getByText(`MODEL-ANSWER-1`)).toHaveCount(0);
  await answer.fill("");
  await practiseWithKeyboard(page, 1, 2, { grade: 1, tickFirstWrong: true });

  // Question 2, at phone width.
  await expect(page.getByText("Question 2 of 2")).toBeVisible();
  await expect(page.getByRole("heading", { name: q2.title })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}-phone-answer.png`, fullPage: true });
  const mid = page.getByLabel("Your answer", { exact: true });
  await expect(mid).toBeFocused();
  await page.keyboard.type("My answer to question 2");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("own-answer")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}-phone-reveal.png`, fullPage: true });
  await page.keyboard.press("Control+Enter");
  await page.keyboard.type("Probe answer 2.1");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByText("EXPECTED-PROBE-ANSWER-2-1")).toBeVisible();
  await page.keyboard.press("Control+Enter");
  await page.keyboard.type("Probe answer 2.2");
  await page.keyboard.press("Control+Enter");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("heading", { name: "Grade yourself" })).toBeVisible();
  await page.keyboard.press("4");
  await page.screenshot({ path: `${SHOTS}-phone-grade.png`, fullPage: true });
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("heading", { name: "Run complete" })).toBeVisible();
  await expect(page.getByTestId("run-result")).toHaveCount(2);
  await page.screenshot({ path: `${SHOTS}-phone-complete.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  const attempts = await db.practiceAttempt.findMany({ where: { userId: candidate.id }, orderBy: { createdAt: "asc" } });
  expect(attempts.map((a) => [a.questionId, a.grade, a.wrongAnswersGiven, a.probeAnswers])).toEqual([
    [q1.id, 1, [0], ["Probe answer 1.1", "Probe answer 1.2"]],
    [q2.id, 4, [], ["Probe answer 2.1", "Probe answer 2.2"]],
  ]);
  expect(attempts[0]!.answer).toBe("My answer to question 1");
  expect(attempts[0]!.questionVersionId).toBe(q1.versions[0]!.id);

  // Both were just practised: nothing is due today.
  await page.goto("/practice");
  await expect(page.getByRole("button", { name: "Due today (0)" })).toBeDisabled();

  // Move the clock forward for question 1: its last review and due date three days in the past.
  const card = await db.practiceCard.findUniqueOrThrow({ where: { userId_questionId: { userId: candidate.id, questionId: q1.id } } });
  const shift = 3 * 86_400_000;
  await db.practiceCard.update({ where: { id: card.id }, data: { due: new Date(card.due.getTime() - shift), lastReview: new Date(card.lastReview!.getTime() - shift) } });
  await page.reload();
  const due = page.getByRole("button", { name: "Due today (1)" });
  await due.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Question 1 of 1")).toBeVisible();
  await expect(page.getByRole("heading", { name: q1.title })).toBeVisible();
  await practiseWithKeyboard(page, 1, 2, { grade: 3, tickFirstWrong: false });
  await expect(page.getByRole("heading", { name: "Run complete" })).toBeVisible();
  await page.goto("/practice");
  await expect(page.getByRole("button", { name: "Due today (0)" })).toBeDisabled();
  expect((await db.practiceCard.findUniqueOrThrow({ where: { id: card.id } })).reps).toBe(2);

  // Progress and the question's history of answers, with some earlier days of practice on record.
  const day = 86_400_000;
  for (const [daysAgo, grade] of [[1, 2], [2, 3], [4, 1]] as const) {
    await db.practiceAttempt.create({
      data: { userId: candidate.id, questionId: q2.id, questionVersionId: q2.versions[0]!.id, answer: `Earlier answer ${daysAgo}`, grade, durationMs: 60_000, createdAt: new Date(Date.now() - daysAgo * day) },
    });
  }
  await page.goto("/practice/progress");
  await expect(page.getByTestId("stat-questions-practised")).toHaveText("2");
  await expect(page.getByTestId("stat-streak")).toHaveText("3 days");
  await expect(page.getByRole("img", { name: "Average grade and attempts per day" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}-progress.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}-phone-progress.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole("link", { name: q1.title }).first().click();
  await expect(page.getByTestId("history-attempt")).toHaveCount(2);
  await expect(page.getByText("My answer to question 1")).toHaveCount(2);
  await page.screenshot({ path: `${SHOTS}-history.png`, fullPage: true });
});

test("practice is private: another candidate gets 404, other roles 403, and a share link works until revoked", async ({ page, browser, db }) => {
  const owner = await createUser(db, { role: "CANDIDATE", name: "Olive Owner" });
  const question = await createQuestion(db, { probes: [], purpose: "PRACTICE" });
  await signIn(page, owner.email);
  await expect(page).toHaveURL(/\/practice$/);
  await startPick(page, question.bankId, 1);
  await page.keyboard.type("OLIVE-PRIVATE-ANSWER");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("own-answer")).toBeVisible();
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("heading", { name: "Grade yourself" })).toBeVisible();
  await page.keyboard.press("2");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("heading", { name: "Run complete" })).toBeVisible();
  const runUrl = new URL(page.url()).pathname;

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  const intruder = await createUser(db, { role: "CANDIDATE" });
  await signIn(otherPage, intruder.email);
  await expect(otherPage).toHaveURL(/\/practice$/);
  for (const path of [runUrl, `/practice/questions/${question.id}`]) {
    const response = await otherPage.goto(path);
    expect(response?.status()).toBe(404);
    await expect(otherPage.getByText("OLIVE-PRIVATE-ANSWER")).toHaveCount(0);
  }
  await other.close();

  const staff = await browser.newContext();
  const staffPage = await staff.newPage();
  await signIn(staffPage, "interviewer@example.com");
  await expect(staffPage).toHaveURL(/\/home$/);
  for (const path of ["/practice", runUrl, "/practice/progress", "/practice/share"]) {
    expect((await staffPage.goto(path))?.status()).toBe(403);
  }
  await staff.close();

  await page.goto("/practice/share");
  await page.getByRole("button", { name: "Create a share link" }).click();
  const link = await page.getByLabel("Share link").inputValue();
  expect(link).toMatch(/\/shared\/practice\/[A-Za-z0-9_-]{43}$/);
  await page.screenshot({ path: `${SHOTS}-share.png`, fullPage: true });

  const anonymous = await browser.newContext();
  const viewer = await anonymous.newPage();
  const shared = await viewer.goto(link);
  expect(shared?.status()).toBe(200);
  await expect(viewer.getByRole("heading", { name: "Practice progress of Olive Owner" })).toBeVisible();
  await expect(viewer.getByText(question.title).first()).toBeVisible();
  await expect(viewer.getByText("OLIVE-PRIVATE-ANSWER")).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: question.title })).toHaveCount(0);
  await viewer.screenshot({ path: `${SHOTS}-shared.png`, fullPage: true });

  await page.getByRole("button", { name: /^Revoke the link/ }).click();
  await expect(page.getByText(/revoked/)).toBeVisible();
  expect((await viewer.goto(link))?.status()).toBe(404);
  expect((await viewer.goto("/shared/practice/not-a-token"))?.status()).toBe(404);
  await anonymous.close();

  // Practised today already: a second run asks for it explicitly, and an unfinished run can be resumed.
  await page.goto("/practice");
  await page.getByLabel("Bank").selectOption(question.bankId);
  await page.getByRole("button", { name: "Start practice" }).click();
  await expect(page.getByText("You practised every question here today. Tick this to practise them again.")).toBeVisible();
  await page.getByLabel("Include questions I already practised today").check();
  await page.getByRole("button", { name: "Start practice" }).click();
  await expect(page).toHaveURL(/\/practice\/run\//);
  await page.keyboard.type("second go");
  await expect(page.getByTestId("save-status")).toHaveText("Saved");
  await page.goto("/practice");
  await expect(page.getByRole("heading", { name: "Pick up where you left off" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}-home.png`, fullPage: true });
  await page.getByRole("link", { name: "Resume" }).click();
  await expect(page.getByLabel("Your answer", { exact: true })).toHaveValue("second go");
});
