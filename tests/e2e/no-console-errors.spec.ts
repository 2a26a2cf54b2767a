// Every page, as every kind of caller who may open it, with seeded records: no console error and
// no uncaught page error, hydration mismatches (React error #418) included. The pages and who may
// open them come from the authorization matrix, so a new page is checked as soon as it has a row.
import type { Page } from "@playwright/test";
import { CALLERS, MATRIX, type MatrixContext } from "./support/authorization-matrix";
import { buildMatrixWorld, type MatrixWorld } from "./support/matrix-world";
import { expect, signIn, test } from "./support/fixtures";

const PAGES = MATRIX.filter((row) => !row.method && !row.stream && !row.route.startsWith("/api"));

// Playwright itself tries to run its helper script in every frame; in a frame sandboxed without
// scripts (Admin → Mail shows a message's HTML in one) Chromium then logs this, now and then, though
// the page runs nothing there (microsoft/playwright#33343). Only that message is let through: it
// names an inline frame, and a script our page put in a sandboxed frame would be the sandbox working.
const HARNESS_IN_SANDBOX = /^Blocked script execution in 'about:(srcdoc|blank)' because the document's frame is sandboxed/;

/** What a page logged: console errors and uncaught errors, each with the page it happened on. */
function listen(page: Page, problems: string[], where: () => string) {
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    if (HARNESS_IN_SANDBOX.test(message.text())) return;
    problems.push(`${where()}: console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${where()}: page error: ${error.message}`));
}

/** Loaded and hydrated: the load event, then a moment for React to hydrate and run its effects. */
async function visit(page: Page, url: string) {
  const response = await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(1500);
  return response;
}

let world: MatrixWorld;

test.beforeAll(async ({ db }) => {
  world = await buildMatrixWorld(db);
});

for (const caller of CALLERS) {
  test(`every page ${caller} may open logs no error`, async ({ browser }) => {
    test.setTimeout(300_000);
    const ctx: MatrixContext = world.ctx;
    const rows = PAGES.filter((row) => row.allow === "everyone" || row.allow.includes(caller));
    expect(rows.length, "pages to visit").toBeGreaterThan(0);
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    let current = "sign-in";
    listen(page, problems, () => current);
    const email = world.emails[caller];
    if (email) await signIn(page, email);
    for (const row of rows) {
      current = row.route;
      const response = await visit(page, row.url(ctx, caller));
      expect(response?.status(), `${row.route} as ${caller}`).toBeLessThan(400);
    }
    await context.close();
    expect(problems, problems.join("\n")).toEqual([]);
  });
}
