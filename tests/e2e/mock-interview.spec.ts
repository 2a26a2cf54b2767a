// A mock interview with a friend, in real browsers: the candidate makes one from a practice bank
// and hands the link to a friend (no account) who runs the live cockpit; the candidate follows on
// the live candidate view. Everything the candidate's browser receives during the mock is recorded
// and swept for the friend's side (the invariant of DESIGN.md, as for a live session); at the end
// the friend's ratings and notes are in the candidate's practice history; a day later the link is dead.
import { RATING_ANCHORS } from "../../src/lib/rating";
import { createBank, createQuestion } from "../factories/questions";
import { interviewerOnlyTexts } from "./support/bank-needles";
import { expect, signIn, test } from "./support/fixtures";
import { leaks, recordCandidate } from "./support/leak-recorder";

test("a candidate and a friend run a mock to the end; the friend's ratings reach the history; the link dies a day later", async ({ browser, db, baseURL }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const bank = await createBank(db, { name: `Mock e2e ${stamp}`, purpose: "PRACTICE" });
  const q1 = await createQuestion(db, { bankId: bank.id, number: 8001, level: "JUNIOR", title: `Mock ${stamp} A: race conditions` });
  const q2 = await createQuestion(db, { bankId: bank.id, number: 8002, level: "SENIOR", title: `Mock ${stamp} B: deadlocks` });
  const probes1 = (q1.probes as Array<{ question: string }>).map((p) => p.question);
  const friendNotes = `FRIEND-NOTES-${stamp}: mixed up ordering and atomicity`;

  // The candidate makes the mock from Practice and gets the friend's link, once.
  const candidateContext = await browser.newContext();
  const recorder = await recordCandidate(candidateContext);
  const candidate = await candidateContext.newPage();
  await signIn(candidate, "candidate@example.com");
  await candidate.goto("/practice");
  await candidate.getByRole("link", { name: "Mock interview" }).click();
  await expect(candidate).toHaveURL(/\/practice\/mocks$/);
  await candidate.getByLabel("Bank").selectOption(bank.id);
  await candidate.getByLabel("How many questions").fill("2");
  await candidate.getByRole("button", { name: "Create mock interview" }).click();
  const friendLink = await candidate.getByTestId("friend-link").inputValue();
  expect(friendLink).toMatch(/\/mock\/[A-Za-z0-9_-]{43}$/);
  await candidate.getByRole("link", { name: "Open your side" }).click();
  await expect(candidate).toHaveURL(/\/practice\/mocks\/[^/]+$/);
  const mockId = candidate.url().split("/").pop()!;
  await expect(candidate.getByRole("heading", { name: "Waiting for your friend" })).toBeVisible();

  // The friend opens the link in a fresh browser with no account: the cockpit, with the model answer.
  const friendContext = await browser.newContext();
  const friend = await friendContext.newPage();
  await friend.goto(friendLink);
  await expect(friend.getByTestId("cockpit-position")).toHaveText("Question 1 of 2");
  await expect(friend.getByText(q1.modelAnswer)).toBeVisible();
  const cookies = await friendContext.cookies();
  expect(cookies.filter((c) => c.name.includes("session-token"))).toEqual([]);

  // Start, reveal, rate and note, next, end.
  await friend.getByRole("button", { name: "Start interview" }).click();
  await expect(candidate.getByTestId("question-title")).toHaveText(q1.title);
  await expect(candidate.getByTestId("position")).toHaveText("Question 1 of 2");
  await friend.getByRole("button", { name: "Reveal next probe" }).click();
  await expect(candidate.getByTestId("probes")).toContainText(probes1[0]!);
  await friend.getByRole("radio", { name: /^2 · Partial/ }).check();
  await friend.getByRole("checkbox", { name: /WRONG-ANSWER-8001-B/ }).check();
  await friend.getByLabel("Your notes").fill(friendNotes);
  await expect(friend.getByTestId("save-status")).toHaveText("Saved");
  await friend.getByRole("button", { name: "Next question" }).click();
  await expect(candidate.getByTestId("position")).toHaveText("Question 2 of 2");
  await expect(candidate.getByTestId("question-title")).toHaveText(q2.title);
  await friend.getByRole("radio", { name: /^4 · Deep/ }).check();
  await expect(friend.getByTestId("save-status")).toHaveText("Saved");
  await friend.getByRole("button", { name: "End interview" }).click();
  await friend.getByRole("button", { name: "Yes, end the interview" }).click();
  await expect(candidate.getByRole("heading", { name: "The interview is over" })).toBeVisible();
  await expect(friend.getByText(/go to .*practice history/)).toBeVisible();
  await recorder.collectEvents(candidate);

  // The sweep: nothing of the friend's side reached the candidate's browser during the mock.
  const { scripts } = await recorder.finish(baseURL!);
  const forbidden = [
    ...[q1, q2].flatMap(interviewerOnlyTexts),
    friendNotes,
    ...Object.values(RATING_ANCHORS).map((r) => r.anchor),
  ];
  expect(leaks(recorder.recorded, forbidden)).toEqual([]);
  // And the recording did capture the candidate's side, so the sweep had something to sweep.
  const everything = recorder.recorded.map((r) => r.text).join("\n");
  for (const seen of [q1.title, q2.title, probes1[0]!, "The interview is over"]) expect(everything).toContain(seen);
  expect(scripts.length).toBeGreaterThan(0);
  expect(recorder.recorded.filter((r) => /^EventSource message \/api\/practice\/mocks\/[^/]+\/events$/.test(r.source)).length).toBeGreaterThan(3);

  // Afterwards, on purpose: the friend's ratings and notes, on the mock's page and in the history.
  const afterContext = await browser.newContext();
  const after = await afterContext.newPage();
  await signIn(after, "candidate@example.com");
  await after.goto(`/practice/mocks/${mockId}`);
  await expect(after.getByTestId("mock-result")).toHaveCount(2);
  await expect(after.getByTestId("mock-result").first()).toContainText("Rating 2 of 4");
  await expect(after.getByTestId("mock-result").first()).toContainText(friendNotes);
  await after.getByRole("link", { name: q1.title }).click();
  await expect(after).toHaveURL(new RegExp(`/practice/questions/${q1.id}$`));
  await expect(after.getByTestId("attempt-grade").first()).toContainText("Friend's rating 2");
  await expect(after.getByTestId("friend-notes").first()).toHaveText(friendNotes);
  await after.goto(`/practice/questions/${q2.id}`);
  await expect(after.getByTestId("attempt-grade").first()).toContainText("Friend's rating 4");
  const cards = await db.practiceCard.findMany({ where: { questionId: { in: [q1.id, q2.id] } }, select: { questionId: true, reps: true } });
  expect(cards).toHaveLength(2);

  // Within the day the friend can still finish notes; after it, the link is dead everywhere.
  await friend.reload();
  await expect(friend.getByTestId("cockpit-position")).toBeVisible();
  await db.mockInterview.update({ where: { id: mockId }, data: { endedAt: new Date(Date.now() - 25 * 3_600_000) } });
  const dead = await friend.reload();
  expect(dead?.status()).toBe(404);
  await expect(friend.getByRole("heading", { name: "This mock interview link does not work" })).toBeVisible();
  const token = friendLink.split("/").pop()!;
  for (const path of [`/api/mock/${token}`, `/api/mock/${token}/events`]) {
    expect((await friend.request.get(path)).status()).toBe(404);
  }
  expect((await friend.request.post(`/api/mock/${token}/actions`, { data: { type: "start" } })).status()).toBe(404);

  await Promise.all([candidateContext.close(), friendContext.close(), afterContext.close()]);
});
