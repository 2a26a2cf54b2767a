// Two app instances on one database: a candidate connected to instance B follows actions taken
// through instance A, because events travel through PostgreSQL LISTEN/NOTIFY, not process memory.
import { createQuestion } from "../factories/questions";
import { expect, signIn, test } from "./support/fixtures";
import { startSecondInstance, type AppInstance } from "./support/second-instance";

let instanceB: AppInstance | null = null;

test.afterEach(async () => {
  await instanceB?.stop();
  instanceB = null;
});

/** Parses the `data:` payloads of the complete events in a growing event-stream text. */
const payloads = (text: string) =>
  text
    .split("\n\n")
    .slice(0, -1)
    .flatMap((block) => block.split("\n").filter((line) => line.startsWith("data: ")).map((line) => JSON.parse(line.slice(6)) as { status: string; revision: number; question: { revealedProbes: unknown[] } | null }));

test("an action on instance A reaches a candidate connected to instance B", async ({ page, db }) => {
  test.setTimeout(180_000);
  instanceB = await startSecondInstance();
  const question = await createQuestion(db, { title: `Two instances ${Date.now()}` });

  // Create the session through instance A's JSON API as a signed-in interviewer.
  await signIn(page, "interviewer@example.com");
  await expect(page).toHaveURL(/\/home$/);
  const created = await page.request.post("/api/sessions", { data: { candidateName: "Bea", questionIds: [question.id] } });
  expect(created.status()).toBe(201);
  const { id, joinUrl } = (await created.json()) as { id: string; joinUrl: string };
  const token = new URL(joinUrl).pathname.split("/").pop()!;

  // The candidate's stream is on instance B.
  const controller = new AbortController();
  const response = await fetch(`${instanceB.url}/api/live/${token}/events`, { signal: controller.signal });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const pump = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
    } catch {
      // aborted at the end of the test
    }
  })();
  await expect.poll(() => payloads(text).at(-1)?.status).toBe("SCHEDULED");

  // Act on instance A; measure how long each change takes to show up on B's stream.
  const latencies: number[] = [];
  for (const [type, check] of [
    ["start", (p: ReturnType<typeof payloads>[number]) => p.status === "LIVE"],
    ["reveal-probe", (p: ReturnType<typeof payloads>[number]) => (p.question?.revealedProbes.length ?? 0) === 1],
    ["end", (p: ReturnType<typeof payloads>[number]) => p.status === "COMPLETED"],
  ] as const) {
    const since = Date.now();
    const acted = await page.request.post(`/api/sessions/${id}/actions`, { data: { type } });
    expect(acted.status()).toBe(200);
    await expect.poll(() => payloads(text).some(check)).toBe(true);
    latencies.push(Date.now() - since);
  }
  // After the closing state, instance B ends the candidate's stream.
  await pump;
  expect(payloads(text).map((p) => p.status)).toEqual(["SCHEDULED", "LIVE", "LIVE", "COMPLETED"]);
  expect((await fetch(`${instanceB.url}/api/live/${token}`)).status).toBe(404);
  controller.abort();
  console.log(`instance A action → instance B candidate stream (ms, upper bound incl. polling): ${latencies.join(", ")}`);
});
