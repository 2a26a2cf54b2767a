// Typing before the page has hydrated: the server-rendered field takes the keys, and the text must
// survive hydration and be saved. Holding back the page's JavaScript makes that window certain
// instead of a matter of machine load (where it once lost the first words of a note).
import type { Page } from "@playwright/test";
import { createFinishedSession } from "../factories/finished-sessions";
import { createQuestion } from "../factories/questions";
import { createUser } from "../factories/users";
import { expect, signIn, test } from "./support/fixtures";

/** Holds every JavaScript chunk until `release` is called; returns that function. */
async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/**/*.js", async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test("a note typed into the cockpit before it hydrated is kept and saved", async ({ page, db }) => {
  const me = await createUser(db, { role: "INTERVIEWER" });
  await signIn(page, me.email);
  await expect(page).toHaveURL(/\/home$/);
  const question = await createQuestion(db, { title: `Early input ${Date.now()}` });
  const created = await page.request.post("/api/sessions", { data: { candidateName: "Eddie Early", questionIds: [question.id] } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  expect((await page.request.post(`/api/sessions/${id}/actions`, { data: { type: "start" } })).status()).toBe(200);

  const release = await holdScripts(page);
  await page.goto(`/sessions/${id}/run`, { waitUntil: "domcontentloaded" });
  const typed = `Typed before hydration ${Date.now()}`;
  // A person clicks into the field first; a bare focus() before the page has rendered can miss it.
  await page.getByLabel("Your notes").click();
  await expect(page.getByLabel("Your notes")).toBeFocused();
  await page.getByLabel("Your notes").pressSequentially(typed);
  await expect(page.getByLabel("Your notes")).toHaveValue(typed);
  release();

  await expect(page.getByTestId("save-status")).toHaveText("Saved", { timeout: 30_000 });
  await expect(page.getByLabel("Your notes")).toHaveValue(typed);
  await expect
    .poll(() => db.questionNote.findFirst({ where: { interviewerId: me.id, sessionQuestion: { sessionId: id } }, select: { notes: true } }))
    .toEqual({ notes: typed });
});

test("a rating, a level and a recommendation chosen on a scorecard before it hydrated are kept and saved", async ({ page, db }) => {
  const me = await createUser(db, { role: "INTERVIEWER" });
  const stamp = Date.now();
  const questions = [await createQuestion(db, { title: `Early choice A ${stamp}` }), await createQuestion(db, { title: `Early choice B ${stamp}` })];
  const session = await createFinishedSession(db, { candidate: { name: `Clara Click ${stamp}`, email: null }, interviewers: [me], questions, title: `Early choices ${stamp}` });
  await signIn(page, me.email);
  await expect(page).toHaveURL(/\/home$/);

  const release = await holdScripts(page);
  await page.goto(`/sessions/${session.id}/scorecard`, { waitUntil: "domcontentloaded" });
  const secondRating = page.getByTestId("question-2").getByRole("radio", { name: /^2 · / });
  await secondRating.check();
  await page.getByLabel("Estimated level").selectOption("middle");
  await page.getByRole("radio", { name: "No", exact: true }).check();
  release();

  await expect(page.getByTestId("save-status")).toHaveText("All changes saved", { timeout: 30_000 });
  await expect(secondRating).toBeChecked();
  await expect(page.getByLabel("Estimated level")).toHaveValue("middle");
  await expect(page.getByRole("radio", { name: "No", exact: true })).toBeChecked();
  await expect
    .poll(() => db.scorecard.findFirst({ where: { sessionId: session.id, interviewerId: me.id }, select: { level: true, recommendation: true } }))
    .toEqual({ level: "MIDDLE", recommendation: "NO" });
  await expect
    .poll(() => db.questionNote.findFirst({ where: { interviewerId: me.id, sessionQuestion: { sessionId: session.id, position: 1 } }, select: { rating: true } }))
    .toEqual({ rating: 2 });
});
