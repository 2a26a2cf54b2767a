import { bankDocument } from "../../src/features/questions/testing/documents";
import { expect, signIn, test } from "./support/fixtures";

const shot = (name: string) => `/tmp/bank-${name}.png`;

test("an interviewer imports a pasted bank, searches, edits a question into version 2 and deletes one", async ({ page, db }) => {
  const bankName = `Pasted bank ${Date.now()}`;
  const document = bankDocument(bankName, [
    { number: 1, level: "Junior", title: "What does a semaphore count?", answer: "Free permits; `acquire` takes one and `release` returns it." },
    { number: 2, level: "Middle", title: "Why can readers starve a writer?", answer: "A steady stream of readers keeps the lock shared." },
    { number: 2, level: "Senior", title: "How do you bound a worker pool's queue?", answer: "Give the queue a capacity and decide what a full queue does." },
    { number: 4, level: "Staff", title: "Design per-tenant rate limiting", answer: "Token buckets per tenant, kept where every instance sees them.", fix: "Shard the buckets by tenant." },
  ]);

  await signIn(page, "interviewer@example.com");
  await expect(page).toHaveURL(/\/home$/);
  await page.goto("/questions/import");
  await page.getByLabel("Or paste it").fill(document);
  await page.getByRole("button", { name: "Preview import" }).click();

  for (const level of ["junior", "middle", "senior", "staff"]) await expect(page.getByTestId(`preview-${level}`)).toContainText("1");
  await expect(page.getByRole("list", { name: "Changes" })).toContainText("4 new");
  await expect(page.getByRole("list", { name: "Warnings" })).toContainText("Q2: \"How do you bound a worker pool's queue?\" repeats an earlier question's number; it was imported as Q5");
  await page.screenshot({ path: shot("import-preview"), fullPage: true });
  expect(await db.bank.count({ where: { name: bankName } })).toBe(0);

  await page.getByRole("button", { name: "Confirm import" }).click();
  await expect(page.getByText(`Imported into “${bankName}”: 4 new, 0 updated, 0 unchanged, 0 archived.`)).toBeVisible();
  await page.getByRole("link", { name: "See the questions" }).click();
  await expect(page.getByTestId("question-row")).toHaveCount(4);
  await page.screenshot({ path: shot("list"), fullPage: true });

  // A half-typed word still finds its question; the bank filter from the link stays applied.
  await page.getByLabel("Search questions").fill("semaph");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("question-row")).toHaveCount(1);
  await page.getByRole("link", { name: "What does a semaphore count?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("What does a semaphore count?");
  await expect(page.getByTestId("question-version")).toHaveText("Version 1");
  await expect(page.locator("code", { hasText: "acquire" })).toBeVisible();

  await page.getByRole("link", { name: "Edit" }).click();
  await page.getByRole("button", { name: "+ Add probe" }).click();
  await expect(page.getByLabel("Follow-up question (probe 2)")).toBeFocused();
  await page.getByLabel("Follow-up question (probe 2)").fill("What happens when no permits are left?");
  await page.getByLabel("Expected answer (probe 2)").fill("Acquirers wait until someone releases one.");
  // Reordering is keyboard-driven: focus follows the moved probe.
  await page.getByRole("button", { name: "Move probe 2 up" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Follow-up question (probe 1)")).toHaveValue("What happens when no permits are left?");
  await expect(page.getByRole("button", { name: "Move probe 1 down" })).toBeFocused();
  await page.screenshot({ path: shot("editor"), fullPage: true });
  await page.getByRole("button", { name: "Save as new version" }).click();

  await expect(page.getByTestId("question-version")).toHaveText("Version 2");
  const probes = page.getByRole("heading", { name: /Probe chain/ }).locator("xpath=..").getByRole("listitem");
  await expect(probes.first()).toContainText("What happens when no permits are left?");
  await page.screenshot({ path: shot("question"), fullPage: true });
  const edited = await db.question.findFirstOrThrow({ where: { bank: { name: bankName }, number: 1 }, include: { versions: { orderBy: { version: "asc" } } } });
  expect(edited.versions.map((v) => (v.probes as unknown[]).length)).toEqual([1, 2]);

  // Delete, with a confirmation that can be cancelled.
  await page.goto(`/questions?bank=${encodeURIComponent(edited.bankId)}`);
  await page.getByRole("link", { name: "Design per-tenant rate limiting" }).click();
  await page.getByRole("button", { name: "Delete" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("Delete Q4");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Delete" }).click();
  await page.screenshot({ path: shot("delete-dialog") });
  await dialog.getByRole("button", { name: "Delete question" }).click();
  await expect(page).toHaveURL(/\/questions$/);
  await page.goto(`/questions?bank=${encodeURIComponent(edited.bankId)}`);
  await expect(page.getByTestId("question-row")).toHaveCount(3);
  await expect(page.getByRole("link", { name: "Design per-tenant rate limiting" })).toHaveCount(0);
  expect((await db.question.findFirstOrThrow({ where: { bankId: edited.bankId, number: 4 } })).archivedAt).not.toBeNull();

  const missing = await page.goto("/questions/cnotarealquestion0000000000");
  expect(missing?.status()).toBe(404);
  await expect(page.getByText("This question does not exist")).toBeVisible();
});

test("an admin uploads a file, and uploading it again changes nothing", async ({ page, db }) => {
  const bankName = `Uploaded bank ${Date.now()}`;
  const file = {
    name: "uploaded-bank.md",
    mimeType: "text/markdown",
    buffer: Buffer.from(
      bankDocument(bankName, [
        { number: 1, level: "Junior", title: "What is a critical section?" },
        { number: 2, level: "Senior", title: "When does a spinlock beat a mutex?" },
      ]),
    ),
  };
  await signIn(page, "admin@example.com");
  await expect(page).toHaveURL(/\/home$/);
  for (const round of [1, 2]) {
    await page.goto("/questions/import");
    await page.getByLabel("Upload a document").setInputFiles(file);
    await expect(page.getByText("Loaded from uploaded-bank.md")).toBeVisible();
    await page.getByRole("button", { name: "Preview import" }).click();
    await expect(page.getByTestId("preview-junior")).toContainText("1");
    await expect(page.getByTestId("preview-senior")).toContainText("1");
    await expect(page.getByText(round === 1 ? "A new bank will be created." : "This bank exists: the import updates it in place.")).toBeVisible();
    await expect(page.getByRole("list", { name: "Changes" })).toContainText(round === 1 ? "2 new" : "2 unchanged");
    await page.getByRole("button", { name: "Confirm import" }).click();
    await expect(page.getByText(round === 1 ? "2 new, 0 updated, 0 unchanged" : "0 new, 0 updated, 2 unchanged")).toBeVisible();
  }
  const bank = await db.bank.findUniqueOrThrow({ where: { name: bankName }, include: { questions: { include: { versions: true } } } });
  expect(bank.source).toBe("uploaded-bank.md");
  expect(bank.questions.map((q) => [q.number, q.version, q.versions.length])).toEqual(expect.arrayContaining([[1, 1, 1], [2, 1, 1]]));
  expect(bank.questions).toHaveLength(2);
});

test("a re-import shows a conflict with its diff, takes the document's version when asked, and an archived question is restored", async ({ page, db }) => {
  const bankName = `Identity bank ${Date.now()}`;
  const own = (title: string) => ({ wrong: [[`Wrong about ${title}`, "why"]] as Array<[string, string]>, probes: [[`Probe about ${title}`, "Expected."]] as Array<[string, string]> });
  const first = [
    { number: 1, level: "Junior" as const, title: "What is a latch?", answer: "A one-shot gate.", ...own("latches") },
    { number: 2, level: "Middle" as const, title: "What is a barrier?", answer: "A meeting point.", ...own("barriers") },
  ];
  await signIn(page, "interviewer@example.com");
  await expect(page).toHaveURL(/\/home$/);
  const importText = async (text: string) => {
    await page.goto("/questions/import");
    await page.getByLabel("Or paste it").fill(text);
    await page.getByRole("button", { name: "Preview import" }).click();
  };
  await importText(bankDocument(bankName, first));
  await page.getByRole("button", { name: "Confirm import" }).click();
  await expect(page.getByText(`Imported into “${bankName}”: 2 new`)).toBeVisible();

  // An edit made in Probe (version 2 of the latch question), as the editor saves it.
  const latch = await db.question.findFirstOrThrow({ where: { bank: { name: bankName }, title: "What is a latch?" } });
  await db.question.update({ where: { id: latch.id }, data: { modelAnswer: "Edited in Probe.", version: 2 } });
  await db.questionVersion.create({ data: { questionId: latch.id, version: 2, level: latch.level, title: latch.title, prompt: latch.prompt, modelAnswer: "Edited in Probe.", wrongAnswers: latch.wrongAnswers ?? [], probes: latch.probes ?? [], sections: latch.sections ?? [] } });

  // The document changed the same answer, renumbered it, and dropped the barrier question.
  await importText(bankDocument(bankName, [{ ...first[0]!, number: 5, answer: "A gate that opens once." }]));
  const conflicts = page.getByTestId("plan-conflict");
  await expect(conflicts).toContainText("Conflicts (1)");
  await expect(conflicts).toContainText("renumbered from Q1");
  await conflicts.getByText(/Probe's version compared with the document's/).click();
  await expect(conflicts.getByRole("group", { name: /Model answer of Q5/ }).locator("del")).toContainText("Edited in Probe.");
  await expect(conflicts.getByRole("group", { name: /Model answer of Q5/ }).locator("ins")).toContainText("A gate that opens once.");
  await expect(page.getByTestId("plan-archived")).toContainText("What is a barrier?");
  await page.screenshot({ path: shot("import-conflict"), fullPage: true });
  await page.getByLabel("Take the document's version (otherwise Probe's is kept)").check();
  await page.getByRole("button", { name: "Confirm import" }).click();
  await expect(page.getByText(/1 archived\. 1 renumbered\. 1 conflict: 1 took the document's version, 0 kept Probe's\./)).toBeVisible();
  expect(await db.question.findUniqueOrThrow({ where: { id: latch.id } })).toMatchObject({ number: 5, version: 3, modelAnswer: "A gate that opens once." });

  // The archive: the barrier question comes back with its id.
  const bank = await db.bank.findUniqueOrThrow({ where: { name: bankName } });
  await page.goto(`/questions?bank=${bank.id}&show=archived`);
  await expect(page.getByTestId("archived-row")).toHaveCount(1);
  await page.getByRole("button", { name: "Restore Q2 What is a barrier?" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Restored “What is a barrier?” as Q2." })).toBeVisible();
  await page.screenshot({ path: shot("restored"), fullPage: true });
  const barrier = await db.question.findFirstOrThrow({ where: { bankId: bank.id, title: "What is a barrier?" } });
  expect(barrier).toMatchObject({ archivedAt: null, number: 2, version: 1 });
});

test("a hiring manager reads the demo bank but gets no editing", async ({ page, db }) => {
  const question = await db.question.findFirstOrThrow({ where: { bank: { name: "Concurrency — Probe demo bank" }, number: 2 } });
  await signIn(page, "manager@example.com");
  await expect(page).toHaveURL(/\/home$/);
  await page.goto("/questions");
  await expect(page.getByTestId("question-row").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "New question" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Import" })).toHaveCount(0);

  await page.goto(`/questions/${question.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(question.title);
  await expect(page.getByRole("heading", { name: "Model answer" })).toBeVisible();
  await expect(page.locator("pre code.language-java")).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);

  for (const path of ["/questions/new", "/questions/import", `/questions/${question.id}/edit`]) {
    expect((await page.goto(path))?.status(), path).toBe(403);
  }
  expect((await page.request.get("/api/questions")).status()).toBe(403);
  await page.goto("/questions/banks");
  await expect(page.getByRole("heading", { name: "Concurrency — Probe demo bank" })).toBeVisible();
});

test("a candidate is refused every question page and the API", async ({ page, db }) => {
  const question = await db.question.findFirstOrThrow({ where: { archivedAt: null } });
  await signIn(page, "candidate@example.com");
  await expect(page).toHaveURL(/\/practice$/);
  for (const path of ["/questions", "/questions/banks", `/questions/${question.id}`, "/questions/import"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  }
  expect((await page.request.get("/api/questions")).status()).toBe(403);
  expect((await page.request.get(`/api/questions/${question.id}`)).status()).toBe(403);
});

test("screens read well on a phone", async ({ page, db }) => {
  const question = await db.question.findFirstOrThrow({ where: { bank: { name: "Concurrency — Probe demo bank" }, number: 5 } });
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "interviewer@example.com");
  await expect(page).toHaveURL(/\/home$/);
  for (const [name, path] of [["narrow-list", "/questions"], ["narrow-question", `/questions/${question.id}`], ["narrow-editor", `/questions/${question.id}/edit`], ["narrow-banks", "/questions/banks"]] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Nothing wider than the screen: the page must not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(390);
    await page.screenshot({ path: shot(name), fullPage: true });
  }
});
