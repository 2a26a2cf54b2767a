// Scorecards end to end: two interviewers score one completed session blind, then the hiring
// manager reads the debrief, compares candidates, records a decision and exports the CSV.
// Run: E2E_PORT=3610 NEXT_DIST_DIR=.next-scorecards npx playwright test tests/e2e/scorecards.spec.ts
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "@playwright/test";
import { parseCsv } from "../../src/lib/testing/parse-csv";
import { createFinishedSession } from "../factories/finished-sessions";
import { createBank, createQuestion } from "../factories/questions";
import { createUser } from "../factories/users";
import { expect, signIn, test } from "./support/fixtures";

async function signedInPage(browser: Browser, email: string, viewport?: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext(viewport ? { viewport } : {});
  const page = await context.newPage();
  await signIn(page, email);
  await expect(page).not.toHaveURL(/\/sign-in/);
  return page;
}

/** Picks a 1–4 rating for the question at `position` (1-based) on the scorecard form. */
async function rate(page: Page, position: number, rating: 1 | 2 | 3 | 4) {
  await page.getByTestId(`question-${position}`).getByRole("radio", { name: new RegExp(`^${rating} · `) }).check();
}

test("two interviewers score blind; the hiring manager debriefs, compares, decides and exports", async ({ browser, db }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const eve = await createUser(db, { role: "INTERVIEWER", name: "Eve Early" });
  const lou = await createUser(db, { role: "INTERVIEWER", name: "Lou Late" });
  const bank = await createBank(db);
  const questions = [
    await createQuestion(db, { bankId: bank.id, number: 1, level: "JUNIOR", title: `E2E junior question ${stamp}` }),
    await createQuestion(db, { bankId: bank.id, number: 2, level: "SENIOR", title: `E2E senior question ${stamp}` }),
    await createQuestion(db, { bankId: bank.id, number: 3, level: "MIDDLE", title: `E2E middle question ${stamp}` }),
  ];
  const candidateName = `Blair Blind ${stamp}`;
  const session = await createFinishedSession(db, {
    candidate: { name: candidateName, email: `blair-${stamp}@example.com` },
    interviewers: [eve, lou],
    questions,
    title: "Blind review round",
    // What each of them rated in the cockpit during the interview.
    notes: [
      { interviewerId: eve.id, position: 0, rating: 3, notes: "Cockpit note from Eve" },
      { interviewerId: lou.id, position: 0, rating: 3 },
    ],
  });
  const scorecardUrl = `/sessions/${session.id}/scorecard`;

  // Eve: the form is prefilled from the cockpit; she completes it and submits.
  const evePage = await signedInPage(browser, eve.email);
  await evePage.goto(scorecardUrl);
  await expect(evePage.getByTestId("question-1").getByRole("radio", { name: /^3 · / })).toBeChecked();
  await expect(evePage.getByLabel("Notes on question 1")).toHaveValue("Cockpit note from Eve");
  await rate(evePage, 2, 3);
  await rate(evePage, 3, 4);
  await expect(evePage.getByTestId("level-suggestion")).toContainText("Senior");
  await evePage.getByTestId("level-suggestion").getByRole("button", { name: "Use it" }).click();
  await expect(evePage.getByLabel("Estimated level")).toHaveValue("senior");
  await evePage.getByRole("radio", { name: "Yes", exact: true }).check();
  await evePage.getByLabel("Summary").fill("EVE-SUMMARY: clear on races, solid on the senior question.");
  await expect(evePage.getByTestId("save-status")).toHaveText("All changes saved");
  await evePage.reload();
  await expect(evePage.getByLabel("Summary")).toHaveValue(/^EVE-SUMMARY/);
  await evePage.getByRole("button", { name: "Submit scorecard…" }).click();
  await evePage.getByRole("button", { name: "Yes, submit" }).click();
  await expect(evePage.getByText("Submitted. Your scorecard is locked")).toBeVisible();
  await expect(evePage.getByRole("button", { name: "Amend" })).toBeVisible();

  // Lou: cannot see Eve's card while his own is unsubmitted.
  const louPage = await signedInPage(browser, lou.email);
  await louPage.goto(scorecardUrl);
  await expect(louPage.getByTestId("others-hidden")).toBeVisible();
  await expect(louPage.getByText("EVE-SUMMARY")).toHaveCount(0);
  expect(await louPage.content()).not.toContain("EVE-SUMMARY");
  await louPage.screenshot({ path: "/tmp/scorecards-form.png", fullPage: true });
  await louPage.setViewportSize({ width: 390, height: 844 });
  await louPage.screenshot({ path: "/tmp/scorecards-form-390.png", fullPage: true });
  await louPage.setViewportSize({ width: 1280, height: 720 });
  const louApi = await louPage.request.get(`/api/sessions/${session.id}/scorecards`);
  expect((await louApi.json()).map((c: { interviewer: { email: string } }) => c.interviewer.email)).toEqual([lou.email]);

  // Submitting incomplete names what is missing.
  await rate(louPage, 2, 1);
  await louPage.getByRole("button", { name: "Submit scorecard…" }).click();
  await louPage.getByRole("button", { name: "Yes, submit" }).click();
  await expect(louPage.getByTestId("question-3").getByRole("alert")).toContainText("Rate question 3");
  await expect(louPage.getByText("Choose a recommendation")).toBeVisible();
  await rate(louPage, 3, 4);
  await louPage.getByLabel("Estimated level").selectOption("middle");
  await louPage.getByRole("radio", { name: "No", exact: true }).check();
  await louPage.getByLabel("Summary").fill("LOU-SUMMARY: reached for an in-process lock first.");
  await louPage.getByRole("button", { name: "Submit scorecard…" }).click();
  await louPage.getByRole("button", { name: "Yes, submit" }).click();
  await expect(louPage.getByText("Submitted. Your scorecard is locked")).toBeVisible();
  // Now Eve's scorecard appears for Lou, and Lou's for Eve.
  await expect(louPage.getByTestId(`scorecard-${eve.email}`)).toContainText("EVE-SUMMARY");
  await evePage.reload();
  await expect(evePage.getByTestId(`scorecard-${lou.email}`)).toContainText("LOU-SUMMARY");

  // The hiring manager's debrief: the senior question is a disagreement (3 vs 1), the chart is there.
  const manager = await signedInPage(browser, "manager@example.com");
  await manager.goto("/candidates");
  await manager.getByRole("link", { name: candidateName }).click();
  await expect(manager.getByRole("heading", { name: candidateName })).toBeVisible();
  const matrix = manager.getByTestId(`matrix-${session.id}`);
  await expect(matrix.locator("tr[data-agreement=disagree]")).toHaveCount(1);
  await expect(matrix.locator("tr[data-agreement=disagree]")).toContainText(`E2E senior question ${stamp}`);
  await expect(manager.getByTestId("rating-chart")).toBeVisible();
  await expect(manager.getByTestId("rating-chart").locator("rect[data-rating='1']")).toHaveAttribute("data-count", "1");
  await expect(manager.getByTestId(`said-${eve.email}`)).toContainText("Yes");
  await expect(manager.getByTestId(`said-${lou.email}`)).toContainText("No");
  await manager.screenshot({ path: "/tmp/scorecards-debrief.png", fullPage: true });

  // Compare with the seeded demo candidate, question × candidate.
  await manager.goto("/candidates");
  await manager.screenshot({ path: "/tmp/scorecards-candidates.png", fullPage: true });
  await manager.getByRole("checkbox", { name: `Compare ${candidateName}` }).check();
  await manager.getByRole("checkbox", { name: "Compare Riley Demo" }).check();
  await manager.getByRole("button", { name: "Compare selected" }).click();
  const grid = manager.getByTestId("compare-grid");
  await expect(grid.getByRole("columnheader", { name: candidateName })).toBeVisible();
  await expect(grid.getByRole("columnheader", { name: "Riley Demo" })).toBeVisible();
  await expect(grid.getByRole("row", { name: new RegExp(`E2E senior question ${stamp}`) })).toContainText("2.0");
  await manager.screenshot({ path: "/tmp/scorecards-compare.png", fullPage: true });

  // Record a decision with its reason.
  await manager.getByRole("link", { name: candidateName }).click();
  await manager.getByRole("radio", { name: "Hire", exact: true }).check();
  await manager.getByLabel("Reason").fill("Strong fundamentals; the double-booking gap is coachable.");
  await manager.getByRole("button", { name: "Record decision" }).click();
  await expect(manager.getByTestId("decisions")).toContainText("Hire");
  await expect(manager.getByTestId("decisions")).toContainText("the double-booking gap is coachable");
  await expect(manager.getByTestId("candidate-status")).toHaveText("Decided");

  // Export the CSV and check its rows.
  const downloading = manager.waitForEvent("download");
  await manager.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^scorecards-blair-blind-\d+-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...rows] = parseCsv((await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, ""));
  const col = (name: string) => header!.indexOf(name);
  expect(rows.map((r) => [r[col("interviewer")], r[col("question_no")], r[col("rating")], r[col("recommendation")]])).toEqual([
    ["Eve Early", "1", "3", "Yes"],
    ["Eve Early", "2", "3", "Yes"],
    ["Eve Early", "3", "4", "Yes"],
    ["Lou Late", "1", "3", "No"],
    ["Lou Late", "2", "1", "No"],
    ["Lou Late", "3", "4", "No"],
  ]);
  expect(rows.every((r) => r[col("candidate")] === candidateName && r[col("scorecard_status")] === "submitted")).toBe(true);

  await manager.goto("/candidates/calibration");
  await expect(manager.getByTestId("calibration-questions").locator("tr[data-inconsistent=true]").filter({ hasText: `E2E senior question ${stamp}` })).toHaveCount(1);
  await manager.screenshot({ path: "/tmp/scorecards-calibration.png", fullPage: true });

  // The print view: no navigation, the same debrief.
  await manager.goto(`/candidates/${session.candidateId}/print`);
  await expect(manager.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await expect(manager.getByRole("heading", { name: `Debrief: ${candidateName}` })).toBeVisible();
  await manager.emulateMedia({ media: "print" });
  await manager.screenshot({ path: "/tmp/scorecards-print.png", fullPage: true });

  // Eve amends her submitted scorecard; the earlier version is kept with who and when.
  await evePage.reload();
  await evePage.getByRole("button", { name: "Amend" }).click();
  await evePage.getByLabel("Summary").fill("EVE-SUMMARY, amended after the debrief.");
  await evePage.getByRole("button", { name: "Save amendment…" }).click();
  await evePage.getByRole("button", { name: "Save amendment", exact: true }).click();
  await expect(evePage.getByText("Submitted. Your scorecard is locked")).toBeVisible();
  await expect(evePage.getByText(/by Eve Early on .* \(earlier version kept\)/)).toBeVisible();
  expect(await db.scorecardRevision.count({ where: { amendedById: eve.id } })).toBe(1);

  // Narrow screens: the debrief and the scorecard still read well at 390px.
  const narrow = await signedInPage(browser, "manager@example.com", { width: 390, height: 844 });
  await narrow.goto(`/candidates/${session.candidateId}`);
  await expect(narrow.getByTestId("rating-chart")).toBeVisible();
  await narrow.screenshot({ path: "/tmp/scorecards-debrief-390.png", fullPage: true });
  const narrowLou = await signedInPage(browser, lou.email, { width: 390, height: 844 });
  await narrowLou.goto(scorecardUrl);
  await narrowLou.screenshot({ path: "/tmp/scorecards-scorecard-390.png", fullPage: true });
  await evePage.screenshot({ path: "/tmp/scorecards-scorecard.png", fullPage: true });
});

test("pages refuse the wrong people", async ({ browser, db }) => {
  const [inside, outsider] = await Promise.all([createUser(db, { role: "INTERVIEWER" }), createUser(db, { role: "INTERVIEWER" })]);
  const question = await createQuestion(db);
  const session = await createFinishedSession(db, { candidate: { name: "Refusal Test" }, interviewers: [inside], questions: [question] });

  const stranger = await signedInPage(browser, outsider.email);
  const scorecard = await stranger.goto(`/sessions/${session.id}/scorecard`);
  await expect(stranger.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  expect(scorecard?.status()).toBe(403);
  expect((await stranger.request.get(`/api/sessions/${session.id}/scorecards`)).status()).toBe(403);
  expect((await stranger.goto(`/candidates/${session.candidateId}`))?.status()).toBe(403);
  expect((await stranger.request.get(`/api/candidates/${session.candidateId}/export`)).status()).toBe(403);

  const candidate = await signedInPage(browser, "candidate@example.com");
  for (const url of ["/candidates", `/candidates/${session.candidateId}`, `/candidates/${session.candidateId}/print`, "/candidates/calibration", `/sessions/${session.id}/scorecard`]) {
    expect((await candidate.goto(url))?.status(), url).toBe(403);
  }

  const manager = await signedInPage(browser, "manager@example.com");
  expect((await manager.goto("/admin/settings"))?.status()).toBe(403);
  const put = await manager.request.put(`/api/sessions/${session.id}/scorecard`, { data: { summary: "no" } });
  expect(put.status()).toBe(403);
  expect((await manager.goto("/candidates/not-a-candidate"))?.status()).toBe(404);

  // The admin changes the blind review mode.
  const admin = await signedInPage(browser, "admin@example.com");
  await admin.goto("/admin/settings");
  await admin.getByRole("radio", { name: /^Open/ }).check();
  await admin.getByRole("button", { name: "Save", exact: true }).click();
  await expect(admin.getByText("Blind review is now “Open”")).toBeVisible();
  await admin.getByRole("radio", { name: /^Blind until submitted/ }).check();
  await admin.getByRole("button", { name: "Save", exact: true }).click();
  await expect(admin.getByText("Blind review is now “Blind until submitted”")).toBeVisible();
});
