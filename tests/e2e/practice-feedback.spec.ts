// Practice feedback end to end: a candidate answers, and after submitting (before grading
// themself) sees which key points their answer covered and missed, with their matching words
// marked, and the common wrong answer it sounds like, with its why. Nothing of it shows before
// the answer is submitted; a refresh brings it back; it is labelled a hint, not a grade.
import { createBank, createQuestion } from "../factories/questions";
import { createUser } from "../factories/users";
import { expect, signIn, test } from "./support/fixtures";

const SHOTS = "/tmp/practice-feedback";

test("a candidate sees covered and missed key points and an echo of a wrong answer after submitting", async ({ page, db }) => {
  test.setTimeout(120_000);
  const candidate = await createUser(db, { role: "CANDIDATE" });
  const bank = await createBank(db, { purpose: "PRACTICE" });
  const question = await createQuestion(db, {
    bankId: bank.id,
    number: 1,
    level: "JUNIOR",
    title: "What does Cache-Control: max-age=600 tell the browser?",
    prompt: "A response carries `Cache-Control: max-age=600`. What does the browser do with it?",
    modelAnswer:
      "The response stays fresh for 600 seconds after the server generated it. Until then the browser reuses its stored copy without contacting the server. Once stale, the browser revalidates with a conditional request.",
    wrongAnswers: [
      { answer: "The file is deleted from the browser after ten minutes.", why: "A stale copy is usually kept and revalidated." },
      { answer: "It tells the server how long to keep the page in memory.", why: "The header travels to clients, not to the origin's own memory." },
    ],
    probes: [],
    sections: [],
  });
  // Neighbours, so term weights are computed over a bank and not one question.
  await createQuestion(db, { bankId: bank.id, number: 2, level: "MIDDLE", modelAnswer: "A 304 answers a conditional request: the server sends headers without a body." });
  await createQuestion(db, { bankId: bank.id, number: 3, level: "SENIOR", modelAnswer: "Vary lists the request headers a cached response depends on." });

  await signIn(page, candidate.email);
  await page.goto("/practice");
  await page.getByLabel("Bank").selectOption(bank.id);
  const count = page.getByLabel("How many questions");
  await count.fill("1");
  await count.press("Enter");
  await expect(page).toHaveURL(/\/practice\/run\//);
  await expect(page.getByRole("heading", { name: question.title })).toBeVisible();

  // Before submitting: no feedback, no request for it.
  const feedbackCalls: string[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith("/api/practice/feedback")) feedbackCalls.push(request.postData() ?? "");
  });
  await page.getByLabel("Your answer", { exact: true }).fill("The copy stays fresh for 600 seconds after the server generated the response. After ten minutes the browser deletes the file.");
  await expect(page.getByTestId("answer-feedback")).toHaveCount(0);
  expect(feedbackCalls).toEqual([]);

  await page.keyboard.press("Control+Enter");
  const feedback = page.getByTestId("answer-feedback");
  await expect(feedback.getByRole("heading", { name: "Feedback on your answer" })).toBeVisible();
  await expect(feedback).toContainText("not a grade");
  await expect(feedback.getByTestId("coverage-summary")).toHaveText("Key points covered: 1 of 3");
  const points = feedback.getByTestId("key-point");
  await expect(points).toHaveCount(3);
  await expect(points.nth(0)).toHaveAttribute("data-covered", "true");
  await expect(points.nth(0)).toContainText("Covered: The response stays fresh for 600 seconds after the server generated it.");
  await expect(points.nth(0)).toContainText(/Matched: .*fresh/);
  await expect(points.nth(1)).toContainText("Missed: Until then the browser reuses its stored copy without contacting the server.");
  await expect(points.nth(2)).toContainText("Missed:");

  // The words that matched are marked in the answer (a <mark>, and named in text above).
  const marks = page.getByTestId("own-answer").locator("mark");
  await expect(marks.filter({ hasText: /^fresh$/ })).toHaveCount(1);
  await expect(marks.filter({ hasText: /^600$/ })).toHaveCount(1);
  await expect(page.getByTestId("own-answer")).toHaveText(/^The copy stays fresh for 600 seconds/);

  // The echo: which wrong answer, and why it is wrong.
  const echo = feedback.getByTestId("echo");
  await expect(echo).toHaveCount(1);
  await expect(echo).toContainText("Your answer sounds like common wrong answer 1:");
  await expect(echo).toContainText("The file is deleted from the browser after ten minutes.");
  await expect(echo).toContainText("A stale copy is usually kept and revalidated.");
  await page.screenshot({ path: `${SHOTS}/feedback.png`, fullPage: true });
  expect(feedbackCalls).toHaveLength(1);
  expect(JSON.parse(feedbackCalls[0]!)).toMatchObject({ questionId: question.id, versionId: question.versions[0]!.id });

  // A refresh comes back to the same step with the same feedback.
  await page.reload();
  await expect(page.getByTestId("answer-feedback").getByTestId("coverage-summary")).toHaveText("Key points covered: 1 of 3");
  await expect(page.getByTestId("echo")).toHaveCount(1);

  // The feedback stays beside the self-grade; the grade is the candidate's own.
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("heading", { name: "Grade yourself" })).toBeVisible();
  await expect(page.getByTestId("coverage-summary")).toBeVisible();
  await page.keyboard.press("2");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("heading", { name: "Run complete" })).toBeVisible();
  const attempt = await db.practiceAttempt.findFirstOrThrow({ where: { userId: candidate.id } });
  expect(attempt.grade).toBe(2);
});
