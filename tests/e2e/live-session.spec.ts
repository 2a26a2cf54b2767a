// A whole live interview with real browsers: an interviewer (and a second panelist) in the
// cockpit, a candidate on the join link. Everything the candidate's browser receives is
// recorded and swept for interviewer-only text: the invariant of DESIGN.md.
import type { Page } from "@playwright/test";
import { RATING_ANCHORS } from "../../src/lib/rating";
import { createBank, createQuestion } from "../factories/questions";
import { interviewerOnlyTexts } from "./support/bank-needles";
import { expect, signIn, test } from "./support/fixtures";
import { leaks, padContent, recordCandidate, tapEventStream } from "./support/leak-recorder";

const shots = process.env.LIVE_SCREENSHOTS ? (page: Page, name: string) => page.screenshot({ path: `/tmp/live-${name}.png`, fullPage: true }) : async () => undefined;

/** Milliseconds from `since` until the candidate's page received an event containing `text`. */
async function eventLatency(candidate: Page, text: string, since: number): Promise<number> {
  const handle = await candidate.waitForFunction(
    (needle) => window.__events?.find((event) => event.data.includes(needle))?.at ?? null,
    text,
  );
  return Number(await handle.jsonValue()) - since;
}

test("a whole live session: panel, candidate, probes, refreshes, notes, end, and no leak", async ({ page, browser, db, baseURL }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const bank = await createBank(db, { name: `Live e2e ${stamp}` });
  const code = "```go\nfunc add() { counter++ }\n```";
  // Its model answer and its Fix section hold code too: "load the question's code" must take the prompt's only.
  const q1 = await createQuestion(db, {
    bankId: bank.id,
    number: 7001,
    title: `Live ${stamp} A: race conditions`,
    prompt: `Explain what goes wrong here.\n\n${code}`,
    modelAnswer: "MODEL-ANSWER-7001: guard the counter.\n\n```go\nmu.Lock() // FIX-CODE-7001-MODEL\ncounter++\nmu.Unlock()\n```",
    sections: [{ label: "Fix", body: "SECTION-BODY-7001:\n\n```go\natomic.AddInt64(&counter, 1) // FIX-CODE-7001-SECTION\n```" }],
  });
  const q2 = await createQuestion(db, { bankId: bank.id, number: 7002, title: `Live ${stamp} B: deadlocks`, probes: [{ question: "Probe question 7002.1: how would you spot one?", answer: "EXPECTED-PROBE-ANSWER-7002-1: thread dumps" }] });
  const probes1 = (q1.probes as Array<{ question: string }>).map((p) => p.question);
  const ivanNotes = `NOTES-SECRET-${stamp}-IVAN`;
  const irisNotes = `NOTES-SECRET-${stamp}-IRIS`;

  // The interviewer sets the session up from the bank, with a second interviewer on the panel.
  await signIn(page, "interviewer@example.com");
  await expect(page).toHaveURL(/\/home$/);
  await page.goto("/sessions/new");
  await page.getByLabel("Candidate name").fill("Cara Candidate");
  await page.getByLabel("Pick questions").check();
  await page.getByLabel("Search the bank").fill(`Live ${stamp}`);
  await page.getByRole("button", { name: `Add ${q1.title}` }).click();
  await page.getByRole("button", { name: `Add ${q2.title}` }).click();
  await expect(page.getByTestId("picked-item")).toHaveCount(2);
  await page.getByLabel("Other interviewers (optional)").fill("interviewer2@example.com");
  await shots(page, "new-session");
  await page.getByRole("button", { name: "Create session" }).click();
  await expect(page).toHaveURL(/\/sessions\/(?!new$)[^/]+$/);
  const sessionId = page.url().split("/").pop()!;
  const joinUrl = await page.getByTestId("join-link").inputValue();
  expect(joinUrl).toMatch(/\/join\/[A-Za-z0-9_-]{43}$/);
  await shots(page, "overview");

  // The candidate opens the link in a fresh, anonymous browser; everything it receives is recorded.
  const candidateContext = await browser.newContext();
  const recorder = await recordCandidate(candidateContext);
  const candidate = await candidateContext.newPage();
  const tap = tapEventStream(`${joinUrl.replace(/\/join\//, "/api/live/")}/events`);
  await candidate.goto(joinUrl);
  await expect(candidate.getByRole("heading", { name: "Waiting for your interviewer" })).toBeVisible();
  await shots(candidate, "candidate-waiting");

  // Both panelists open the cockpit.
  await page.getByRole("link", { name: "Run" }).click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${sessionId}/run$`));
  const irisContext = await browser.newContext();
  const iris = await irisContext.newPage();
  await signIn(iris, "interviewer2@example.com");
  await expect(iris).toHaveURL(/\/home$/);
  await iris.goto(`/sessions/${sessionId}/run`);
  await expect(iris.getByTestId("cockpit-position")).toHaveText("Question 1 of 2");

  // Start: the candidate sees the first prompt, with its code highlighted.
  await page.getByRole("button", { name: "Start interview" }).click();
  await expect(candidate.getByTestId("position")).toHaveText("Question 1 of 2");
  await expect(candidate.getByTestId("question-title")).toHaveText(q1.title);
  await expect(candidate.locator("pre code.language-go .hljs-keyword").first()).toBeVisible();

  // The code pad in use: the interviewer loads the question's code, the candidate types into it.
  const candidatePad = candidate.getByRole("textbox", { name: "Code pad" });
  await page.getByRole("button", { name: "Load the question's code" }).click();
  await expect(candidatePad).toContainText("counter++");
  await candidatePad.click();
  await candidate.keyboard.press("Control+End");
  await candidate.keyboard.type("\n// CANDIDATE-PAD-7001", { delay: 20 });
  await expect(page.getByRole("textbox", { name: "Code pad" })).toContainText("CANDIDATE-PAD-7001");
  await expect(candidate.getByTestId("pad-saved")).toHaveText("Saved");

  // Reveal both probes (button, then the `r` key); each reaches the candidate within a second.
  const latencies: number[] = [];
  let since = Date.now();
  await page.getByRole("button", { name: "Reveal next probe" }).click();
  latencies.push(await eventLatency(candidate, probes1[0]!, since));
  await expect(candidate.getByTestId("probes")).toContainText(probes1[0]!);
  await expect(page.getByText("Gave the model answer", { exact: true })).toBeVisible();
  // The cockpit ignores shortcuts while its own action is in flight, and the candidate's event can
  // arrive before the interviewer's response does: wait for the cockpit to have its answer too.
  await expect(page.getByTestId("probe-0")).toHaveAttribute("data-state", "revealed");
  await expect(page.getByRole("button", { name: "Reveal next probe" })).toBeEnabled();
  since = Date.now();
  await page.keyboard.press("r");
  latencies.push(await eventLatency(candidate, probes1[1]!, since));
  await expect(candidate.getByTestId("probes").getByRole("listitem")).toHaveText([probes1[0]!, probes1[1]!]);
  await expect(iris.getByTestId("probe-1")).toHaveAttribute("data-state", "revealed");
  await shots(page, "cockpit");
  await shots(candidate, "candidate-live");

  // Next question, nearly out of time (amber); the whole panel follows.
  const [sq1, sq2] = await db.sessionQuestion.findMany({ where: { sessionId }, orderBy: { position: "asc" } });
  await db.sessionQuestion.update({ where: { id: sq2!.id }, data: { elapsedMs: Math.round(sq2!.budgetSeconds * 1000 * 0.85) } });
  since = Date.now();
  await page.getByRole("button", { name: "Next question" }).click();
  latencies.push(await eventLatency(candidate, q2.title, since));
  await expect(candidate.getByTestId("position")).toHaveText("Question 2 of 2");
  await expect(candidate.getByTestId("probes")).toHaveCount(0);
  await expect(iris.getByTestId("cockpit-position")).toHaveText("Question 2 of 2");
  await expect(page.getByTestId("question-timer")).toHaveAttribute("data-tone", "warn");

  // Previous with the `p` key, back to a question that is over its budget (red).
  await db.sessionQuestion.update({ where: { id: sq1!.id }, data: { elapsedMs: sq1!.budgetSeconds * 1000 * 2 } });
  // As before "r": the cockpit's own answer to "next" must be in before the next shortcut counts.
  await expect(page.getByRole("button", { name: "Previous question" })).toBeEnabled();
  await page.keyboard.press("p");
  await expect(candidate.getByTestId("position")).toHaveText("Question 1 of 2");
  await expect(page.getByTestId("question-timer")).toHaveAttribute("data-tone", "over");
  await expect(page.getByTestId("question-timer")).toContainText("over budget");

  // The candidate refreshes mid-session and loses nothing.
  await recorder.collectEvents(candidate);
  await candidate.reload();
  await expect(candidate.getByTestId("position")).toHaveText("Question 1 of 2");
  await expect(candidate.getByTestId("probes").getByRole("listitem")).toHaveCount(2);

  // Rate with a key, tick what was heard, mark a hint, write notes: all saved as you go.
  await page.keyboard.press("3");
  await expect(page.getByRole("radio", { name: /^3 · Model/ })).toBeChecked();
  await page.getByRole("checkbox", { name: /WRONG-ANSWER-7001-A/ }).check();
  await page.getByTestId("probe-0").getByLabel("Hint given").check();
  await page.getByLabel("Your notes").fill(ivanNotes);
  await expect(page.getByTestId("save-status")).toHaveText("Saved");
  // The second panelist keeps notes of their own.
  await iris.getByLabel("Your notes").fill(irisNotes);
  await iris.getByRole("radio", { name: /^2 · Partial/ }).check();
  await expect(iris.getByTestId("save-status")).toHaveText("Saved");

  // The interviewer refreshes the cockpit: position, rating, ticks and notes are all still there.
  await page.reload();
  await expect(page.getByTestId("cockpit-position")).toHaveText("Question 1 of 2");
  await expect(page.getByRole("radio", { name: /^3 · Model/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /WRONG-ANSWER-7001-A/ })).toBeChecked();
  await expect(page.getByTestId("probe-0").getByLabel("Hint given")).toBeChecked();
  await expect(page.getByLabel("Your notes")).toHaveValue(ivanNotes);
  await expect(page.getByText(irisNotes)).toHaveCount(0);

  // The shortcut help opens with `?` and closes with Esc.
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await shots(page, "shortcuts");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeHidden();

  // End: the candidate sees the closing screen, the stream closes, and the link dies.
  await page.getByRole("button", { name: "End interview" }).click();
  await page.getByRole("button", { name: "Yes, end the interview" }).click();
  await expect(candidate.getByRole("heading", { name: "The interview is over" })).toBeVisible();
  await expect(page.getByTestId("session-status")).toHaveText("Completed");
  await tap.ended;
  await shots(candidate, "candidate-closed");
  await recorder.collectEvents(candidate);
  const dead = await candidate.reload();
  expect(dead?.status()).toBe(404);
  await expect(candidate.getByRole("heading", { name: "This interview link is no longer active" })).toBeVisible();

  // The sweep: nothing interviewer-only in anything the candidate received.
  const { scripts } = await recorder.finish(baseURL!);
  const recorded = [...recorder.recorded, { source: "event stream fetched directly", text: tap.text }];
  const forbidden = [
    ...[q1, q2].flatMap(interviewerOnlyTexts),
    "WHY-700",
    "FIX-CODE-7001",
    ivanNotes,
    irisNotes,
    ...Object.values(RATING_ANCHORS).map((r) => r.anchor),
  ];
  // The pad's events hold pad content only; decoded, they hold the prompt's code and what was typed.
  const pads = padContent(recorder.recorded);
  expect(pads.foreignKeys).toEqual([]);
  expect(pads.events).toBeGreaterThan(1);
  const padText = pads.decoded.map((d) => d.text).join("\n");
  expect(padText).toContain("counter++");
  expect(padText).toContain("CANDIDATE-PAD-7001");
  expect(leaks([...recorded, ...pads.decoded], forbidden)).toEqual([]);

  // And the recording did capture the candidate's side (so the sweep above had something to sweep).
  const everything = recorded.map((r) => r.text).join("\n");
  for (const seen of [q1.title, q2.title, ...probes1, "The interview is over"]) expect(everything).toContain(seen);
  expect(scripts.length).toBeGreaterThan(0);
  expect(tap.text).toContain('"status":"COMPLETED"');
  expect(recorder.recorded.filter((r) => /^EventSource message \/api\/live\/[^/]+\/events$/.test(r.source)).length).toBeGreaterThan(4);

  for (const latency of latencies) expect(latency).toBeLessThan(1000);
  console.log(`candidate event latency after an interviewer action (ms): ${latencies.join(", ")}`);

  await candidateContext.close();
  await irisContext.close();
});
