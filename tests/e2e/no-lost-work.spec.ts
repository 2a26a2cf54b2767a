// No lost work (issue #7): notes, ratings, scorecards and practice answers typed while offline
// are kept in the browser and sent on reconnect, even from a new tab after the old one closed;
// a server restart mid-session loses nothing and both live views recover by themselves; an edit
// from another window is shown as a conflict, never silently overwritten.
// Run: E2E_PORT=3221 NEXT_DIST_DIR=.next-offline npx playwright test tests/e2e/no-lost-work.spec.ts
import type { APIRequestContext, BrowserContext, Locator, Page } from "@playwright/test";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { createFinishedSession } from "../factories/finished-sessions";
import { createBank, createQuestion } from "../factories/questions";
import { createUser } from "../factories/users";
import { expect, signIn, test } from "./support/fixtures";
import { startSecondInstance, type AppInstance } from "./support/second-instance";

const OFFLINE = /^Offline — kept on this device/;
// Typed key by key (each key is an edit), with a line break and non-ASCII text.
const text = (label: string) => `${label} ${Date.now()}: races — “quoted”, ½ done ✓\nsecond line`;

async function newInterviewer(db: PrismaClient, page: Page) {
  const user = await createUser(db, { role: "INTERVIEWER" });
  await signIn(page, user.email);
  await expect(page).toHaveURL(/\/home$/);
  return user;
}

/** A started live session with two questions, created through the JSON API as the signed-in interviewer. */
async function startedSession(db: PrismaClient, request: APIRequestContext, label: string) {
  const questions = [await createQuestion(db, { title: `${label} A ${Date.now()}` }), await createQuestion(db, { title: `${label} B ${Date.now()}` })];
  const created = await request.post("/api/sessions", { data: { candidateName: "Olga Offline", questionIds: questions.map((q) => q.id) } });
  expect(created.status()).toBe(201);
  const { id, joinUrl } = (await created.json()) as { id: string; joinUrl: string };
  expect((await request.post(`/api/sessions/${id}/actions`, { data: { type: "start" } })).status()).toBe(200);
  return { id, token: new URL(joinUrl).pathname.split("/").pop()!, questions };
}

/** Clicks into a field and types, as a person does: a bare focus() before the page has rendered can miss it. */
async function typeInto(field: Locator, value: string) {
  await field.click();
  await field.pressSequentially(value);
}

const noteAt = (db: PrismaClient, sessionId: string, position: number, interviewerId: string) =>
  db.questionNote.findFirst({ where: { interviewerId, sessionQuestion: { sessionId, position } }, select: { notes: true, rating: true } });

const keptEntries = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("probe.unsent.v1:")).length);

test.describe("offline", () => {
  test("cockpit: notes and ratings typed offline on two questions all land once back online", async ({ page, context, db }) => {
    test.setTimeout(120_000);
    const me = await newInterviewer(db, page);
    const { id } = await startedSession(db, page.request, "Offline cockpit");
    await page.goto(`/sessions/${id}/run`);
    await expect(page.getByTestId("cockpit-position")).toHaveText("Question 1 of 2");

    const first = text("Q1 offline");
    await context.setOffline(true);
    await page.getByRole("radio", { name: /^3 · / }).check();
    await typeInto(page.getByLabel("Your notes"), first);
    await expect(page.getByTestId("save-status")).toHaveText(OFFLINE);
    expect(await keptEntries(page)).toBe(1);

    // Back online and straight on to the next question: question 1's edits go out on their own.
    await context.setOffline(false);
    await page.getByRole("button", { name: "Next question" }).click();
    await expect(page.getByTestId("cockpit-position")).toHaveText("Question 2 of 2");
    const second = text("Q2 offline");
    await context.setOffline(true);
    await typeInto(page.getByLabel("Your notes"), second);
    await page.getByRole("radio", { name: /^2 · / }).check();
    await expect(page.getByTestId("save-status")).toHaveText(OFFLINE);
    await page.screenshot({ path: "/tmp/offline-cockpit.png" });

    await context.setOffline(false);
    await expect(page.getByTestId("save-status")).toHaveText("Saved", { timeout: 30_000 });
    await expect.poll(() => noteAt(db, id, 0, me.id), { timeout: 30_000 }).toEqual({ notes: first, rating: 3 });
    await expect.poll(() => noteAt(db, id, 1, me.id), { timeout: 30_000 }).toEqual({ notes: second, rating: 2 });
    // Acknowledged edits are not kept in the browser any longer.
    await expect.poll(() => keptEntries(page)).toBe(0);
  });

  test("cockpit: a note typed offline in a tab that was then closed is restored and sent from a new tab", async ({ page, context, db }) => {
    test.setTimeout(120_000);
    const me = await newInterviewer(db, page);
    const { id } = await startedSession(db, page.request, "Closed tab cockpit");
    await page.goto(`/sessions/${id}/run`);
    await expect(page.getByTestId("cockpit-position")).toHaveText("Question 1 of 2");

    const typed = text("Closed tab");
    await context.setOffline(true);
    await typeInto(page.getByLabel("Your notes"), typed);
    await page.getByRole("radio", { name: /^4 · / }).check();
    await expect(page.getByTestId("save-status")).toHaveText(OFFLINE);
    await page.close();
    expect(await noteAt(db, id, 0, me.id)).toBeNull();

    await context.setOffline(false);
    const again = await context.newPage();
    await again.goto(`/sessions/${id}/run`);
    await expect(again.getByLabel("Your notes")).toHaveValue(typed);
    await expect(again.getByRole("radio", { name: /^4 · / })).toBeChecked();
    await expect(again.getByTestId("save-status")).toHaveText("Saved", { timeout: 30_000 });
    await expect.poll(() => noteAt(db, id, 0, me.id), { timeout: 30_000 }).toEqual({ notes: typed, rating: 4 });
  });

  async function startPracticeRun(db: PrismaClient, page: Page) {
    const candidate = await createUser(db, { role: "CANDIDATE" });
    const bank = await createBank(db, { purpose: "PRACTICE" });
    await createQuestion(db, { bankId: bank.id, number: 1, level: "JUNIOR" });
    await signIn(page, candidate.email);
    await expect(page).toHaveURL(/\/practice$/);
    await page.getByLabel("Bank").selectOption(bank.id);
    const count = page.getByLabel("How many questions");
    await count.fill("1");
    await count.press("Enter");
    await expect(page).toHaveURL(/\/practice\/run\//);
    await expect(page.getByLabel("Your answer", { exact: true })).toBeFocused();
    return { runId: page.url().split("/").pop()!, url: page.url() };
  }

  const practiceAnswer = async (db: PrismaClient, runId: string) =>
    ((await db.practiceRun.findUniqueOrThrow({ where: { id: runId }, select: { draft: true } })).draft as { answer?: string }).answer;

  test("practice: an answer typed offline is sent once back online", async ({ page, context, db }) => {
    test.setTimeout(120_000);
    const { runId } = await startPracticeRun(db, page);
    await page.keyboard.type("Online start. ");
    await expect(page.getByTestId("save-status")).toHaveText("Saved");
    await context.setOffline(true);
    const offline = text("Offline part");
    await page.getByLabel("Your answer", { exact: true }).pressSequentially(offline);
    await expect(page.getByTestId("save-status")).toHaveText(OFFLINE);
    await page.screenshot({ path: "/tmp/offline-practice.png" });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "/tmp/offline-practice-390.png" });
    await page.setViewportSize({ width: 1280, height: 720 });
    await context.setOffline(false);
    await expect(page.getByTestId("save-status")).toHaveText("Saved", { timeout: 30_000 });
    await expect.poll(() => practiceAnswer(db, runId), { timeout: 30_000 }).toBe(`Online start. ${offline}`);
  });

  test("practice: an answer typed offline in a closed tab is restored and sent from a new tab", async ({ page, context, db }) => {
    test.setTimeout(120_000);
    const { runId, url } = await startPracticeRun(db, page);
    await context.setOffline(true);
    const typed = text("Practice closed tab");
    await page.getByLabel("Your answer", { exact: true }).pressSequentially(typed);
    await expect(page.getByTestId("save-status")).toHaveText(OFFLINE);
    await page.close();

    await context.setOffline(false);
    const again = await context.newPage();
    await again.goto(url);
    await expect(again.getByLabel("Your answer", { exact: true })).toHaveValue(typed);
    await expect(again.getByTestId("save-status")).toHaveText("Saved", { timeout: 30_000 });
    await expect.poll(() => practiceAnswer(db, runId), { timeout: 30_000 }).toBe(typed);
  });

  async function openScorecard(db: PrismaClient, page: Page) {
    const me = await newInterviewer(db, page);
    const questions = [await createQuestion(db, { title: `Offline scorecard ${Date.now()}` })];
    const session = await createFinishedSession(db, { candidate: { name: "Sam Scorecard" }, interviewers: [me], questions });
    const url = `/sessions/${session.id}/scorecard`;
    await page.goto(url);
    await expect(page.getByLabel("Summary")).toBeVisible();
    return { me, session, url };
  }

  const scorecardOf = (db: PrismaClient, sessionId: string, interviewerId: string) =>
    db.scorecard.findFirst({ where: { sessionId, interviewerId }, select: { summary: true } });

  test("scorecard: a summary and rating typed offline are sent once back online", async ({ page, context, db }) => {
    test.setTimeout(120_000);
    const { me, session } = await openScorecard(db, page);
    await context.setOffline(true);
    const summary = text("Scorecard offline");
    await page.getByTestId("question-1").getByRole("radio", { name: /^2 · / }).check();
    await typeInto(page.getByLabel("Summary"), summary);
    await expect(page.getByTestId("save-status")).toHaveText(OFFLINE);
    await page.screenshot({ path: "/tmp/offline-scorecard.png" });
    await context.setOffline(false);
    await expect(page.getByTestId("save-status")).toHaveText("All changes saved", { timeout: 30_000 });
    await expect.poll(() => scorecardOf(db, session.id, me.id), { timeout: 30_000 }).toEqual({ summary });
    await expect.poll(async () => (await noteAt(db, session.id, 0, me.id))?.rating).toBe(2);
  });

  test("scorecard: a summary typed offline in a closed tab is restored and sent from a new tab", async ({ page, context, db }) => {
    test.setTimeout(120_000);
    const { me, session, url } = await openScorecard(db, page);
    await context.setOffline(true);
    const summary = text("Scorecard closed tab");
    await typeInto(page.getByLabel("Summary"), summary);
    await expect(page.getByTestId("save-status")).toHaveText(OFFLINE);
    await page.close();

    await context.setOffline(false);
    const again = await context.newPage();
    await again.goto(url);
    await expect(again.getByLabel("Summary")).toHaveValue(summary);
    await expect(again.getByTestId("save-status")).toHaveText("All changes saved", { timeout: 30_000 });
    await expect.poll(() => scorecardOf(db, session.id, me.id), { timeout: 30_000 }).toEqual({ summary });
  });
});

test.describe("restart and conflicts", () => {
  let instance: AppInstance | null = null;
  const contexts: BrowserContext[] = [];

  test.afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
    await instance?.stop();
    instance = null;
  });

  test("a server restart mid-session: the note typed while it was down is saved and both views recover", async ({ browser, db }) => {
    test.setTimeout(300_000);
    instance = await startSecondInstance();
    const { url, port } = instance;
    const interviewerContext = await browser.newContext({ baseURL: url });
    const candidateContext = await browser.newContext({ baseURL: url });
    contexts.push(interviewerContext, candidateContext);
    const cockpit = await interviewerContext.newPage();
    const me = await newInterviewer(db, cockpit);
    const { id, token, questions } = await startedSession(db, cockpit.request, "Restart");
    const probes = (questions[0]!.probes as Array<{ question: string }>).map((p) => p.question);

    const candidate = await candidateContext.newPage();
    await candidate.goto(`/join/${token}`);
    await expect(candidate.getByTestId("question-title")).toHaveText(questions[0]!.title);
    await cockpit.goto(`/sessions/${id}/run`);
    await expect(cockpit.getByTestId("cockpit-connection")).toHaveText("Connected");
    await expect(candidate.getByTestId("connection")).toHaveText("Connected");

    // Killed without warning; a proxy in front would answer the streams' reconnects with a 502
    // page, after which the browser gives up on an EventSource for good: the views must reopen it.
    const badGateway = { status: 502, contentType: "text/html", body: "<html><body>502 Bad Gateway</body></html>" };
    await cockpit.route("**/events", (route) => route.fulfill(badGateway));
    await candidate.route("**/events", (route) => route.fulfill(badGateway));
    await instance.stop("SIGKILL");
    await expect(cockpit.getByTestId("cockpit-connection")).toHaveText("Reconnecting…", { timeout: 30_000 });
    await expect(candidate.getByTestId("connection")).toHaveText("Reconnecting…", { timeout: 30_000 });
    const typed = text("While the server was down");
    await typeInto(cockpit.getByLabel("Your notes"), typed);
    await expect(cockpit.getByTestId("save-status")).toHaveText(/kept on this device, retrying/, { timeout: 30_000 });
    await cockpit.screenshot({ path: "/tmp/offline-restart-down.png" });

    instance = await startSecondInstance({ port });
    await cockpit.unroute("**/events");
    await candidate.unroute("**/events");
    await expect(cockpit.getByTestId("save-status")).toHaveText("Saved", { timeout: 60_000 });
    await expect.poll(() => noteAt(db, id, 0, me.id), { timeout: 30_000 }).toEqual({ notes: typed, rating: null });
    await expect(cockpit.getByTestId("cockpit-connection")).toHaveText("Connected", { timeout: 60_000 });
    await expect(candidate.getByTestId("connection")).toHaveText("Connected", { timeout: 60_000 });

    // An action taken after the restart reaches both views through the reopened streams.
    await cockpit.getByRole("button", { name: "Reveal next probe" }).click();
    await expect(candidate.getByTestId("probes").getByRole("listitem")).toHaveText([probes[0]!], { timeout: 30_000 });
    await expect(cockpit.getByTestId("probe-0")).toHaveAttribute("data-state", "revealed");
    await expect(candidate.getByTestId("question-title")).toHaveText(questions[0]!.title);
  });

  test("an edit kept offline in one window meets a newer save from another: conflict shown, nothing overwritten silently", async ({ browser, db, baseURL }) => {
    test.setTimeout(120_000);
    const windowA = await browser.newContext({ baseURL });
    const windowB = await browser.newContext({ baseURL });
    contexts.push(windowA, windowB);
    const a = await windowA.newPage();
    const b = await windowB.newPage();
    const me = await newInterviewer(db, a);
    await signIn(b, me.email);
    const { id } = await startedSession(db, a.request, "Conflict");
    await a.goto(`/sessions/${id}/run`);
    await b.goto(`/sessions/${id}/run`);

    await windowA.setOffline(true);
    await typeInto(a.getByLabel("Your notes"), "Typed in window A");
    await expect(a.getByTestId("save-status")).toHaveText(OFFLINE);
    await b.getByLabel("Your notes").fill("Saved from window B");
    await expect(b.getByTestId("save-status")).toHaveText("Saved");

    await windowA.setOffline(false);
    await expect(a.getByTestId("save-status")).toHaveText("Not saved — changed elsewhere", { timeout: 30_000 });
    const alert = a.getByRole("alert").filter({ hasText: "changed in another tab or window" });
    await expect(alert).toContainText("Saved from window B");
    await a.screenshot({ path: "/tmp/offline-conflict.png" });
    expect(await noteAt(db, id, 0, me.id)).toEqual({ notes: "Saved from window B", rating: null });

    await alert.getByRole("button", { name: "Keep mine" }).click();
    await expect(a.getByTestId("save-status")).toHaveText("Saved");
    await expect.poll(() => noteAt(db, id, 0, me.id)).toEqual({ notes: "Typed in window A", rating: null });

    // Signing out forgets whatever is still kept on this device (shared computers).
    await a.evaluate(() => localStorage.setItem("probe.unsent.v1:someone:note:x:0", JSON.stringify({ value: {}, base: 1, at: Date.now() })));
    await a.getByRole("button", { name: "Sign out" }).click();
    await expect(a).toHaveURL(/\/sign-in/);
    expect(await keptEntries(a)).toBe(0);
  });
});
