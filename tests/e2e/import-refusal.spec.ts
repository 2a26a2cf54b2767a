// The import wizard refuses a binary file and an oversized one (uploaded or pasted) in the browser,
// before anything is sent, and the server refuses binary-looking text pasted past that check;
// nothing is written.
// A document over Next.js's default 1 MB action body still previews (next.config bodySizeLimit).
import type { Page } from "@playwright/test";
import { bankDocument } from "../../src/features/questions/testing/documents";
import { expect, signIn, test } from "./support/fixtures";

const shot = (name: string) => `/tmp/fuzz-import-${name}.png`;

// A PNG signature and header chunk, then bytes that are not text.
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 151 + 7) % 256)),
]);

const upload = (page: Page, name: string, mimeType: string, buffer: Buffer) => page.getByLabel("Upload a document").setInputFiles({ name, mimeType, buffer });

test("the import wizard refuses a binary file and an oversized file with a clear error, and imports nothing", async ({ page, db }) => {
  const counts = async () => [await db.bank.count(), await db.question.count(), await db.questionVersion.count()];
  const before = await counts();
  await signIn(page, "interviewer@example.com");
  await page.goto("/questions/import");
  const fileError = page.locator("#import-file-error");

  await upload(page, "diagram.png", "image/png", png);
  await expect(fileError).toHaveText("diagram.png: This looks like a binary file (e.g. an image or PDF), not a text document: it contains NUL bytes (the first at byte 8).");
  await expect(page.getByLabel("Upload a document")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Or paste it")).toHaveValue("");
  await page.screenshot({ path: shot("binary"), fullPage: true });

  await upload(page, "huge.md", "text/markdown", Buffer.alloc(6 * 1024 * 1024, "a"));
  await expect(fileError).toHaveText("huge.md: This file is 6.0 MB; the limit is 5 MB.");
  await expect(page.getByLabel("Or paste it")).toHaveValue("");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: shot("too-large-narrow"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  // A paste too large for the action's body is measured in the browser too.
  await page.getByLabel("Or paste it").fill(`### Q1. Big\n\n${"b".repeat(6 * 1024 * 1024)}`);
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.locator("#import-text-error")).toHaveText("This document is 6.0 MB; the limit is 5 MB.");

  // Past the browser's check (pasted, not uploaded), the server refuses it in the text's field.
  await page.getByLabel("Or paste it").fill(`### Q1. Noise\n\n${"\u0001\u0002\u0003abc".repeat(40)}`);
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.locator("#import-text-error")).toHaveText(/^This looks like a binary file \(e\.g\. an image or PDF\), not a text document: \d+% of its characters are control characters\.$/);
  await expect(page.getByRole("button", { name: "Confirm import" })).toHaveCount(0);
  await page.screenshot({ path: shot("server-refusal"), fullPage: true });

  expect(await counts()).toEqual(before);
});

test("a document over 1 MB is read and previewed, not cut off by the server action's body limit", async ({ page, db }) => {
  const bankName = `Big bank ${Date.now()}`;
  const long = "Workers share a bounded queue, and the producer waits when it is full. ".repeat(100);
  const document = bankDocument(bankName, Array.from({ length: 200 }, (_, i) => ({ number: i + 1, title: `Queue question ${i + 1}`, answer: `${i + 1}: ${long}` })));
  expect(Buffer.byteLength(document)).toBeGreaterThan(1.2 * 1024 * 1024);

  await signIn(page, "interviewer@example.com");
  await page.goto("/questions/import");
  await upload(page, "big-bank.md", "text/markdown", Buffer.from(document));
  await expect(page.getByText("Loaded from big-bank.md; edit freely before previewing.")).toBeVisible();
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByRole("list", { name: "Changes" })).toContainText("200 new", { timeout: 30_000 });
  expect(await db.bank.count({ where: { name: bankName } })).toBe(0);
});
