// The import wizard takes several files at once: each is previewed on its own (bank, questions per
// level, warnings), a refused file is named with its reason without holding the others back, a
// guessed level is changed in the preview, and each document is imported in its own transaction
// with a result of its own. And a bank comes back out: Questions → Banks → Download saves Markdown.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, signIn, test } from "./support/fixtures";

const shot = (name: string) => `/tmp/import-many-${name}.png`;
const library = path.resolve("src/features/questions/import/fixtures/library");
const fixture = (name: string) => readFileSync(path.join(library, name), "utf8");

// A PNG signature and header chunk, then bytes that are not text.
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 151 + 7) % 256))]);

test("several documents are previewed each, a guessed level is changed, and each is imported on its own", async ({ page, db }) => {
  // The fixtures' own titles, made unique so the banks are new on every run.
  const stamp = Date.now();
  const queuesBank = `Message Queues ${stamp}`;
  const cachesBank = `Caching in web services ${stamp}`;
  const queues = fixture("message-queues.md").replace("title: Message Queues", `title: ${queuesBank}`);
  const caches = fixture("caches.md").replace("# Caching in web services", `# ${cachesBank}`);
  expect([queues.includes(queuesBank), caches.includes(cachesBank)]).toEqual([true, true]);

  await signIn(page, "interviewer@example.com");
  await expect(page).toHaveURL(/\/home$/);
  await page.goto("/questions/import");
  await page.getByLabel("Upload a document").setInputFiles([
    { name: "message-queues.md", mimeType: "text/markdown", buffer: Buffer.from(queues) },
    { name: "diagram.png", mimeType: "image/png", buffer: png },
    { name: "caches.md", mimeType: "text/markdown", buffer: Buffer.from(caches) },
    // Readable, so the browser sends it; the server finds no question in it.
    { name: "notes.md", mimeType: "text/markdown", buffer: Buffer.from("# Notes\n\nSome prose, and no question in it.\n") },
  ]);
  await expect(page.locator("#import-file-error")).toHaveText(/^diagram\.png: This looks like a binary file \(e\.g\. an image or PDF\), not a text document/);
  await expect(page.getByRole("list", { name: "3 documents chosen" }).getByRole("listitem")).toHaveText([/^message-queues\.md/, /^caches\.md/, /^notes\.md/]);
  await expect(page.getByLabel("Bank name (optional)")).toBeDisabled();
  await page.getByRole("button", { name: "Preview 3 documents" }).click();

  await expect(page.getByTestId("import-progress")).toHaveText("Previewed 3 documents: 2 can be imported.");
  await expect(page.getByText("Cannot be imported: No questions were found in this document.")).toBeVisible();
  const previews = page.getByTestId("import-preview");
  await expect(previews).toHaveCount(2);
  const queuesPreview = previews.filter({ has: page.getByRole("heading", { name: queuesBank, exact: true }) });
  const cachesPreview = previews.filter({ has: page.getByRole("heading", { name: cachesBank, exact: true }) });
  await expect(queuesPreview).toContainText("From message-queues.md");
  await expect(cachesPreview).toContainText("From caches.md");
  await expect(queuesPreview.getByRole("list", { name: "Changes" })).toContainText("9 new");
  await expect(cachesPreview.getByRole("list", { name: "Changes" })).toContainText("4 new");
  const perLevel = (level: string) => queuesPreview.getByTestId(`preview-${level}`).locator("dd");
  for (const [level, count] of [["junior", "3"], ["middle", "1"], ["senior", "4"], ["staff", "1"]]) await expect(perLevel(level!)).toHaveText(count!);
  await expect(queuesPreview.getByRole("list", { name: "Warnings" })).toContainText('Unknown level heading "Behavioural"');
  await expect(page.getByRole("list", { name: "Files left out" })).toContainText("diagram.png: This looks like a binary file");

  // The behavioural questions' levels are guesses, said so, each with its own choice.
  const guessed = queuesPreview.getByTestId("guessed-levels");
  await expect(guessed.getByRole("heading")).toHaveText("Levels to check (2)");
  await expect(cachesPreview.getByTestId("guessed-levels")).toHaveCount(0);
  const q8 = page.getByRole("combobox", { name: "Level of Q8: Tell me about an incident caused by a message that was processed twice." });
  const q9 = page.getByRole("combobox", { name: "Level of Q9: How do you explain back pressure to a product manager?" });
  await expect(q8).toHaveValue("SENIOR");
  await expect(q8).toHaveAccessibleDescription("Level guessed");
  // By keyboard: the next level down the list, and the focus stays on the select while the preview is redone.
  await q8.focus();
  await page.keyboard.press("ArrowDown");
  await expect(q8).toHaveValue("STAFF");
  await expect(q8).toHaveAccessibleDescription("Changed from the guess (Senior)");
  // Previewed again with the choice: the counts are the import's.
  await expect(perLevel("staff")).toHaveText("2");
  await expect(perLevel("senior")).toHaveText("3");
  await expect(q9).toHaveValue("SENIOR");
  await expect(q8).toBeFocused();
  await page.screenshot({ path: shot("preview"), fullPage: true });
  expect(await db.bank.count({ where: { name: { in: [queuesBank, cachesBank] } } })).toBe(0);

  await page.getByRole("button", { name: "Import 2 documents" }).click();
  await expect(page.getByRole("heading", { name: "Imported 2 of 3 documents" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("import-progress")).toHaveText("Imported 2 of 3 documents.");
  await expect(page.getByTestId("import-result")).toHaveText([
    new RegExp(`^message-queues\\.mdImported into “${queuesBank}”: 9 new, 0 updated, 0 unchanged, 0 archived\\.`),
    new RegExp(`^caches\\.mdImported into “${cachesBank}”: 4 new, 0 updated, 0 unchanged, 0 archived\\.`),
    /^notes\.mdNot imported: No questions were found in this document\./,
  ]);
  await expect(page.getByRole("list", { name: "Files left out" })).toContainText("diagram.png");
  await page.screenshot({ path: shot("done"), fullPage: true });

  const bank = await db.bank.findUniqueOrThrow({ where: { name: queuesBank }, select: { id: true, source: true } });
  expect(bank.source).toBe("message-queues.md");
  expect(await db.question.count({ where: { bank: { name: cachesBank } } })).toBe(4);
  const [q8Row, q9Row] = await db.question.findMany({ where: { bankId: bank.id, number: { in: [8, 9] } }, orderBy: { number: "asc" }, select: { id: true, level: true, tags: true } });
  expect([q8Row?.level, q9Row?.level]).toEqual(["STAFF", "SENIOR"]);

  // The question's own page shows the level chosen in the preview.
  await page.getByRole("link", { name: `See the questions of “${queuesBank}”` }).click();
  await page.getByRole("link", { name: "Tell me about an incident caused by a message that was processed twice." }).click();
  await expect(page).toHaveURL(new RegExp(`/questions/${q8Row!.id}$`));
  await expect(page.getByTestId("question-version").locator("..")).toContainText("Staff");
});

test("a bank's Download link on Questions → Banks saves Markdown that names the bank", async ({ page, db }) => {
  const bank = await db.bank.findUniqueOrThrow({ where: { name: "Concurrency — Probe demo bank" }, select: { name: true, questions: { where: { archivedAt: null }, orderBy: { number: "asc" }, take: 1, select: { number: true, title: true } } } });
  await signIn(page, "interviewer@example.com");
  await expect(page).toHaveURL(/\/home$/);
  await page.goto("/questions/banks");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: `Download ${bank.name} as Markdown` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("concurrency-probe-demo-bank.md");
  const markdown = await readFile((await download.path())!, "utf8");
  expect(markdown.startsWith("---\n")).toBe(true);
  expect(markdown).toMatch(new RegExp(`^title: "?${bank.name}"?$`, "m"));
  expect(markdown).toContain(`\n# ${bank.name}\n`);
  expect(markdown).toContain(`### Q${bank.questions[0]!.number}.`);
});
