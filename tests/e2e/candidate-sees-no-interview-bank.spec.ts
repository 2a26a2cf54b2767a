// The invariant per person (DESIGN.md): a candidate account never receives anything of an
// interview bank. A fresh candidate signs up, walks every page and JSON route of the app (the
// ones a candidate may use, and the ones that refuse them), practises a practice question
// through reveal and grade, shares their progress and opens the share page. Everything the
// browser receives is recorded (HTML, RSC payloads, JSON, JavaScript chunks) and swept for the
// text of every interview bank in the database, with the practice question's text as the control.
// The same walk covers a candidate who practised a question while its bank was for practice,
// before an interviewer made it an interview bank: none of it comes back.
import { request as playwrightRequest } from "@playwright/test";
import { createFinishedSession } from "../factories/finished-sessions";
import { createBank, createQuestion } from "../factories/questions";
import { createSession } from "../factories/sessions";
import { DEMO_PASSWORD } from "../factories/users";
import { confirmEmailFromMail, SIGN_UP_NOTICE } from "./support/account-mail";
import { MATRIX, type MatrixContext } from "./support/authorization-matrix";
import { interviewNeedles, pieces, textsOf } from "./support/bank-needles";
import { expect, test } from "./support/fixtures";
import { leaks, recordCandidate } from "./support/leak-recorder";

const PRACTICE_BANK = "HTTP caching — Probe practice bank";

test("a fresh candidate account receives no text of any interview bank, even of one it practised before it became one", async ({ browser, db, baseURL }) => {
  test.setTimeout(300_000);
  const stamp = Date.now();
  const interviewer = await db.user.findUniqueOrThrow({ where: { email: "interviewer@example.com" } });

  // Sign up through the form, as anyone can; from here on everything the browser receives is recorded.
  const context = await browser.newContext();
  const recorder = await recordCandidate(context, { readEveryBody: true });
  const page = await context.newPage();
  const email = `fresh-${stamp}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Fresh Candidate");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a-long-enough-passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  // Sign-up never signs in by itself (decisions/sign-up-policy.md): the form becomes sign-in.
  await expect(page.getByRole("status")).toHaveText(SIGN_UP_NOTICE);
  await confirmEmailFromMail(page, db, email);
  await page.getByLabel("Password").fill("a-long-enough-passphrase");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/practice$/);
  const account = await db.user.findUniqueOrThrow({ where: { email } });
  expect(account.role).toBe("CANDIDATE");
  // Prefetches of the pages linked from here finish before the bank below exists.
  await page.waitForLoadState("networkidle");

  // A bank that is for practice for now, with a question whose every text is this test's own.
  const turnedBank = await createBank(db, { name: `Turned bank ${stamp}`, purpose: "PRACTICE" });
  const turned = await createQuestion(db, {
    bankId: turnedBank.id,
    number: 1,
    title: `Turned ${stamp}: why would a cache serve yesterday's prices`,
    prompt: `Turned ${stamp} prompt: a shop shows prices that changed hours ago; explain how that happens.`,
    modelAnswer: `Turned ${stamp} model answer: a shared cache kept the page past the moment the prices changed.`,
    wrongAnswers: [{ answer: `Turned ${stamp} wrong answer: the database returned stale rows`, why: `Turned ${stamp} why: the origin had the new prices all along` }],
    probes: [{ question: `Turned ${stamp} probe: how would you confirm it quickly?`, answer: `Turned ${stamp} expected: compare the Age header with a direct origin request` }],
    sections: [{ label: "Fix", body: `Turned ${stamp} fix: purge the entry and shorten the lifetime of price pages` }],
  });

  // The account practised the question while its bank was for practice: an attempt, a card due
  // again since yesterday, a finished run and an unfinished one stopped at the reveal.
  const version = turned.versions[0]!;
  const day = 86_400_000;
  const finishedRun = await db.practiceRun.create({ data: { userId: account.id, questionIds: [turned.id], position: 1, finishedAt: new Date(Date.now() - 2 * day) } });
  await db.practiceAttempt.create({
    data: { runId: finishedRun.id, userId: account.id, questionId: turned.id, questionVersionId: version.id, answer: `My old answer ${stamp}`, grade: 1, durationMs: 60_000, createdAt: new Date(Date.now() - 2 * day) },
  });
  await db.practiceCard.create({
    data: { userId: account.id, questionId: turned.id, due: new Date(Date.now() - day), stability: 1, difficulty: 6, elapsedDays: 0, scheduledDays: 1, reps: 1, lapses: 0, state: 2, lastReview: new Date(Date.now() - 2 * day) },
  });
  const unfinished = await db.practiceRun.create({
    data: {
      userId: account.id,
      questionIds: [turned.id],
      draft: { versionId: version.id, step: { kind: "reveal" }, answer: "half", probeAnswers: [], wrongAnswersGiven: [], grade: null, elapsedMs: 1000 },
    },
  });

  // An interviewer makes it an interview bank, through the JSON API.
  const staff = await playwrightRequest.newContext({ baseURL, maxRedirects: 0 });
  const { csrfToken } = await (await staff.get("/api/auth/csrf")).json();
  await staff.post("/api/auth/callback/credentials", { form: { csrfToken, email: interviewer.email, password: DEMO_PASSWORD } });
  const switched = await staff.patch(`/api/banks/${turnedBank.id}`, { data: { purpose: "interview" }, headers: { origin: baseURL! } });
  expect(switched.status()).toBe(200);
  expect(await switched.json()).toMatchObject({ id: turnedBank.id, purpose: "interview", questionCount: 1 });
  await staff.dispose();
  // Until now the bank was for practice, so a page the browser asked for before (a refresh after
  // the time zone was saved, a late prefetch) may rightly show it; what was asked for after may not.
  const switchedAt = Date.now();

  // What the candidate had practised is gone from their side, and not offered again.
  await page.goto(`/practice/run/${unfinished.id}`);
  await expect(page.getByText("This question is no longer offered for practice")).toBeVisible();
  expect((await page.goto(`/practice/questions/${turned.id}`))?.status()).toBe(404);
  await page.goto(`/practice/run/${finishedRun.id}`);
  await expect(page.getByRole("heading", { name: "Run complete" })).toBeVisible();
  await page.goto("/practice");
  await expect(page.getByRole("button", { name: "Due today (0)" })).toBeDisabled();

  // A practice run on the seeded practice bank, through reveal, every probe and the grade.
  const practiceBank = await db.bank.findUniqueOrThrow({ where: { name: PRACTICE_BANK } });
  expect(practiceBank.purpose).toBe("PRACTICE");
  await page.getByLabel("Bank").selectOption(practiceBank.id);
  const count = page.getByLabel("How many questions");
  await count.fill("1");
  await count.press("Enter");
  await expect(page).toHaveURL(/\/practice\/run\//);
  const runId = page.url().split("/").pop()!;
  const practised = await db.question.findUniqueOrThrow({ where: { id: (await db.practiceRun.findUniqueOrThrow({ where: { id: runId } })).questionIds[0]! } });
  expect(practised.bankId).toBe(practiceBank.id);
  await expect(page.getByRole("heading", { name: practised.title })).toBeVisible();
  await expect(page.getByLabel("Your answer", { exact: true })).toBeFocused();
  await page.keyboard.type("Fresh candidate's answer about freshness");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("own-answer")).toBeVisible();
  const probes = practised.probes as Array<{ question: string }>;
  for (let i = 1; i <= probes.length; i++) {
    await page.keyboard.press("Control+Enter");
    await expect(page.getByLabel(`Your answer to follow-up ${i}`)).toBeFocused();
    await page.keyboard.type(`Follow-up answer ${i}`);
    await page.keyboard.press("Control+Enter");
  }
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("heading", { name: "Grade yourself" })).toBeVisible();
  await page.keyboard.press("3");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("heading", { name: "Run complete" })).toBeVisible();

  // Progress, the question's history, a share link and the public page behind it, the account.
  await page.goto("/practice/progress");
  await expect(page.getByTestId("stat-questions-practised")).toHaveText("1");
  await page.getByRole("link", { name: practised.title }).first().click();
  await expect(page.getByTestId("history-attempt")).toHaveCount(1);
  await page.goto("/practice/share");
  await page.getByRole("button", { name: "Create a share link" }).click();
  const link = await page.getByLabel("Share link").inputValue();
  expect((await page.goto(link))?.status()).toBe(200);
  await expect(page.getByText(practised.title).first()).toBeVisible();
  await page.goto("/account");
  await expect(page.getByText(email)).toBeVisible();

  // Every page and JSON route of the app, from the authorization matrix, as this candidate:
  // those they may use answer, the rest refuse, and the sweep below reads every answer.
  const demoQuestion = await db.question.findFirstOrThrow({ where: { bank: { name: "Concurrency — Probe demo bank" } }, orderBy: { number: "asc" } });
  const live = await createSession(db, { creatorId: interviewer.id, questionIds: [demoQuestion.id], status: "LIVE" });
  const finished = await createFinishedSession(db, { candidate: { name: `Walk ${stamp}` }, interviewers: [interviewer], questions: [demoQuestion] });
  const kit = await db.kit.create({ data: { name: `Walk kit ${stamp}`, createdById: interviewer.id, items: { create: [{ questionId: demoQuestion.id, position: 0 }] } } });
  // A mock interview of this candidate's (the friend's link is not theirs to use: they get the bogus one).
  const me = await db.user.findUniqueOrThrow({ where: { email } });
  const practisedVersion = await db.questionVersion.findFirstOrThrow({ where: { questionId: practised.id }, orderBy: { version: "desc" } });
  const mock = await db.mockInterview.create({
    data: { userId: me.id, friendTokenHash: `walk-${stamp}`, questions: { create: [{ position: 0, questionVersionId: practisedVersion.id }] } },
  });
  const ctx: MatrixContext = {
    mockId: mock.id,
    mockToken: "unused-the-candidate-is-no-link-holder",
    questionId: demoQuestion.id,
    bankId: demoQuestion.bankId,
    practiceQuestionId: practised.id,
    sessionId: live.session.id,
    sessionToken: live.token,
    linkSessionId: live.session.id,
    candidateId: finished.candidateId,
    // The candidate is refused Admin → Mail whatever the id: no message is needed behind it.
    mailId: "cm0nomailnomailnomail0000",
    kitId: kit.id,
    practiceRunId: runId,
    shareToken: link.split("/").pop()!,
  };
  const statuses: string[] = [];
  for (const row of MATRIX) {
    const url = row.url(ctx, "candidate");
    if (!row.route.startsWith("/api/")) {
      const response = await page.goto(url);
      statuses.push(`${row.route} ${response?.status()}`);
      continue;
    }
    // From the page, so the recorder sees the answer as the browser received it.
    const status = await page.evaluate(
      async ({ url, method, body, stream }) => {
        const abort = new AbortController();
        const timer = setTimeout(() => abort.abort(), 5000);
        // A stream the candidate may open (their mock's) never ends: asked for as one, the recorder
        // passes it through instead of waiting for its whole body.
        const headers: Record<string, string> = stream ? { accept: "text/event-stream" } : body === undefined ? {} : { "content-type": "application/json" };
        try {
          const response = await fetch(url, { method, signal: abort.signal, headers, body: body === undefined ? undefined : JSON.stringify(body) });
          await response.text().catch(() => "");
          return response.status;
        } finally {
          clearTimeout(timer);
        }
      },
      { url, method: row.method ?? "GET", body: row.method && row.method !== "GET" ? (row.body ?? {}) : undefined, stream: !!row.stream },
    );
    statuses.push(`${row.method ?? "GET"} ${row.route} ${status}`);
  }
  // Feedback on an answer names the model answer's key points and the wrong answers: asked with a
  // real answer about an interview bank's question (the demo bank's, and the turned one), it is 404.
  for (const [name, questionId] of [["demo", demoQuestion.id], ["turned", turned.id]] as const) {
    const status = await page.evaluate(async (body) => {
      const response = await fetch("/api/practice/feedback", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      await response.text();
      return response.status;
    }, { questionId, answer: "Two operations on shared state race; a cache kept the page past the change." });
    statuses.push(`feedback on the ${name} question ${status}`);
  }
  // The walk reached the candidate's pages and was refused the interviewers' (a sample, to show it ran).
  expect(statuses).toEqual(expect.arrayContaining(["/practice 200", "/practice/progress 200", "/questions 403", "/questions/copy 403", "GET /api/banks 403", "PATCH /api/banks/[id] 403", "GET /api/questions/[id] 403"]));
  expect(statuses).toEqual(expect.arrayContaining(["POST /api/practice/feedback 400", "feedback on the demo question 404", "feedback on the turned question 404"]));
  expect(await db.bank.findUniqueOrThrow({ where: { id: demoQuestion.bankId }, select: { purpose: true } })).toEqual({ purpose: "INTERVIEW" });

  // The sweep. Needles come from the database: every interview bank's name and text, cut into
  // pieces that survive rendering (support/bank-needles.ts says how, and which are too generic).
  const { scripts } = await recorder.finish(baseURL!);
  const turnedNeedles = [turnedBank.name, ...textsOf(turned).flatMap(pieces)];
  const needles = await interviewNeedles(db);
  expect(needles).toEqual(expect.arrayContaining(turnedNeedles));
  expect(needles.length).toBeGreaterThan(200);
  const otherNeedles = needles.filter((needle) => !turnedNeedles.includes(needle));
  expect(leaks(recorder.recorded, otherNeedles)).toEqual([]);
  const afterSwitch = recorder.recorded.filter((r) => r.startedAt === undefined || r.startedAt >= switchedAt);
  expect(afterSwitch.length).toBeGreaterThan(20);
  expect(leaks(afterSwitch, turnedNeedles)).toEqual([]);

  // The control: the practice question's own text did arrive, through the same recording and the
  // same cutting, so the sweep above would have seen an interview question's text the same way.
  const everything = recorder.recorded.map((r) => r.text).join("\n");
  const found = (text: string) => pieces(text).filter((piece) => everything.includes(piece));
  expect(everything).toContain(practised.title);
  expect(found(practised.modelAnswer).length).toBeGreaterThan(0);
  const wrong = practised.wrongAnswers as Array<{ answer: string; why: string }>;
  expect(wrong.flatMap((w) => [...found(w.answer), ...found(w.why)]).length).toBeGreaterThan(0);
  expect(probes.flatMap((p) => found(p.question)).length).toBeGreaterThan(0);
  expect((practised.probes as Array<{ answer: string }>).flatMap((p) => found(p.answer)).length).toBeGreaterThan(0);
  expect(everything).toContain(PRACTICE_BANK);
  // The practice run asked for feedback after the answer, and got it (the same recording).
  expect(recorder.recorded.some((r) => r.source.includes("/api/practice/feedback") && r.text.includes('"keyPoints"'))).toBe(true);
  expect(scripts.length).toBeGreaterThan(0);
  expect(recorder.recorded.some((r) => r.source.includes("/api/auth/session"))).toBe(true);
  await context.close();
});
