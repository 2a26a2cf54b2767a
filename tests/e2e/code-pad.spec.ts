// The live session's shared code pad with real browsers: the interviewer loads the question's
// code, candidate and interviewer type into "Code pad" at the same time and converge, refreshes
// keep everything, an update made through instance A reaches a candidate on instance B, and after
// the end the scorecard shows the final code and plays back down to the first keystroke.
import type { Page } from "@playwright/test";
import { typist } from "../../src/features/sessions/pad/testing/typist";
import type { PadMessage } from "../../src/features/sessions/pad/types";
import { createBank, createQuestion } from "../factories/questions";
import { expect, signIn, test } from "./support/fixtures";
import { startSecondInstance, type AppInstance } from "./support/second-instance";

let instanceB: AppInstance | null = null;
test.afterEach(async () => {
  await instanceB?.stop();
  instanceB = null;
});

const pad = (page: Page) => page.getByRole("textbox", { name: "Code pad" });
/** The pad's text as shown, without the other editors' cursor labels (widgets inside the lines). */
const padText = (page: Page) =>
  pad(page).evaluate((element) =>
    [...element.querySelectorAll(".cm-line")]
      .map((line) => {
        const copy = line.cloneNode(true) as HTMLElement;
        for (const widget of copy.querySelectorAll(".cm-ySelectionCaret, .cm-widgetBuffer")) widget.remove();
        return copy.textContent;
      })
      .join("\n"),
  );

/** Reads a pad stream's messages (plain fetch), applying its updates to a document of its own. */
function followPad(url: string) {
  const mirror = typist();
  const controller = new AbortController();
  const messages: PadMessage[] = [];
  const done = (async () => {
    try {
      const response = await fetch(url, { signal: controller.signal });
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let buffer = "";
      for (;;) {
        const { value, done: finished } = await reader.read();
        if (finished) break;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const data = buffer.slice(0, end).split("\n").find((line) => line.startsWith("data: "));
          buffer = buffer.slice(end + 2);
          if (!data) continue;
          const message = JSON.parse(data.slice(6)) as PadMessage;
          messages.push(message);
          if (message.update) mirror.receive(message.update);
        }
      }
    } catch {
      // aborted at the end of the test
    }
  })();
  return { text: mirror.text, messages, stop: async () => (controller.abort(), await done) };
}

test("candidate and interviewer share a code pad: together, across refreshes and instances, then playback", async ({ page, browser, db, baseURL }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const bank = await createBank(db, { name: `Pad e2e ${stamp}` });
  const question = await createQuestion(db, {
    bankId: bank.id,
    number: 8801,
    title: `Pad ${stamp}: fix the counter`,
    prompt: "What goes wrong here?\n\n```go\nfunc add() {\n\tcounter++\n}\n```",
    modelAnswer: "MODEL-ANSWER-8801:\n\n```go\nmu.Lock() // FIX-CODE-8801\n```",
  });

  await signIn(page, "interviewer@example.com");
  await expect(page).toHaveURL(/\/home$/);
  const created = await page.request.post("/api/sessions", { data: { candidateName: "Pat Pad", questionIds: [question.id] } });
  expect(created.status()).toBe(201);
  const { id, joinUrl } = (await created.json()) as { id: string; joinUrl: string };
  const token = new URL(joinUrl).pathname.split("/").pop()!;
  expect((await page.request.post(`/api/sessions/${id}/actions`, { data: { type: "start" } })).status()).toBe(200);

  const candidateContext = await browser.newContext();
  const candidate = await candidateContext.newPage();
  await candidate.goto(joinUrl);
  await expect(candidate.getByTestId("question-title")).toHaveText(question.title);
  await page.goto(`/sessions/${id}/run`);
  // Nobody has written yet: neither side has loaded the editor.
  await expect(candidate.getByRole("button", { name: "Open the code pad" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Open the code pad" })).toBeVisible();
  await expect(page.getByTestId("pad-language")).toHaveText("Go");

  // One click loads the prompt's code (never the model answer's) into both views.
  await page.getByRole("button", { name: "Load the question's code" }).click();
  await expect(pad(page)).toContainText("counter++");
  await expect(pad(candidate)).toContainText("counter++");
  expect(await padText(candidate)).not.toContain("FIX-CODE");

  // Both type at the same moment, at the ends of different lines.
  await pad(candidate).click();
  await candidate.keyboard.press("Control+End");
  await pad(page).click();
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("End");
  await Promise.all([
    candidate.keyboard.type("\n// candidate: two goroutines race", { delay: 25 }),
    page.keyboard.type(" // interviewer: what happens here?", { delay: 25 }),
  ]);
  await expect(page.getByTestId("pad-saved")).toHaveText("Saved");
  await expect(candidate.getByTestId("pad-saved")).toHaveText("Saved");
  await expect.poll(async () => (await padText(page)) === (await padText(candidate)) ? await padText(page) : null, { timeout: 15_000 }).toContain("// candidate: two goroutines race");
  const together = await padText(page);
  expect(together).toContain("// interviewer: what happens here?");
  // Each sees the other's cursor, labelled.
  await expect(page.locator(".cm-ySelectionInfo", { hasText: "Candidate" })).toHaveCount(1);
  await expect(candidate.locator(".cm-ySelectionInfo", { hasText: "Ivan Interviewer" })).toHaveCount(1);

  // A refresh on each side keeps the text.
  await candidate.reload();
  await expect.poll(() => padText(candidate)).toBe(together);
  await page.reload();
  await expect.poll(() => padText(page)).toBe(together);

  // Instance B: a candidate's pad stream there receives an update sent through instance A.
  instanceB = await startSecondInstance();
  const onB = followPad(`${instanceB.url}/api/live/${token}/pads/0/events`);
  await expect.poll(() => onB.text()).toBe(together);
  const elsewhere = typist();
  const sent = await page.request.post(`/api/sessions/${id}/pads/0/updates`, { data: { update: elsewhere.type("// via instance A\n", 0) }, headers: { origin: baseURL! } });
  expect(sent.status()).toBe(200);
  await expect.poll(() => onB.text()).toContain("// via instance A");
  // ... and so does the candidate's browser on instance A.
  await expect.poll(() => padText(candidate)).toContain("// via instance A");
  const final = await padText(candidate);
  expect(onB.messages.every((message) => Object.keys(message).every((key) => ["seq", "update", "language", "presence"].includes(key)))).toBe(true);
  await onB.stop();

  // End; the scorecard shows the final code and plays it back down to the first keystroke.
  expect((await page.request.post(`/api/sessions/${id}/actions`, { data: { type: "end" } })).status()).toBe(200);
  await expect(candidate.getByRole("heading", { name: "The interview is over" })).toBeVisible();
  await page.goto(`/sessions/${id}/scorecard`);
  const summary = page.getByTestId("pad-summary-0");
  await expect(summary.getByTestId("pad-final-code")).toContainText("// via instance A");
  await expect(summary.getByTestId("pad-final-code")).toContainText("// candidate: two goroutines race");
  await summary.getByRole("button", { name: /Replay how it was written/ }).click();
  const slider = summary.getByRole("slider", { name: /Playback/ });
  await expect(summary.getByTestId("playback-text")).toHaveText(final);
  await slider.focus();
  await page.keyboard.press("Home");
  await expect(summary.getByTestId("playback-step")).toContainText("Step 1 of");
  await expect(summary.getByTestId("playback-step")).toContainText("Ivan Interviewer");
  await expect(summary.getByTestId("playback-text")).toHaveText("func add() {\n\tcounter++\n}\n");
  await page.keyboard.press("ArrowRight");
  await expect(summary.getByTestId("playback-step")).toContainText("Step 2 of");
  const steps = await db.codePadUpdate.count({ where: { pad: { sessionQuestion: { sessionId: id } } } });
  await page.keyboard.press("End");
  await expect(summary.getByTestId("playback-step")).toContainText(`Step ${steps} of ${steps}`);
  await candidateContext.close();
});
