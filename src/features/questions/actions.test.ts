import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { createBank, createQuestion } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";
import { resetDb } from "~tests/setup/reset-db";
import { archiveQuestionAction, confirmImportAction, createQuestionAction, previewImportAction, updateQuestionAction } from "./actions";
import { bankDocument } from "./testing/documents";
import { signInAs } from "~tests/setup/auth-stub";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));
// revalidatePath needs a Next.js request around it, which Vitest has not; the cache is Next's concern.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const content = {
  level: "MIDDLE",
  title: "What is a semaphore?",
  prompt: "Explain **semaphores**.",
  modelAnswer: "A counter of permits.",
  wrongAnswers: [{ answer: "A mutex", why: "it allows more than one holder" }],
  probes: [{ question: "When would you use one?", answer: "To bound concurrency." }],
  sections: [],
  tags: "Sync, limits, sync",
};

beforeEach(async () => {
  await resetDb();
  signInAs(await createUser(db, { role: "INTERVIEWER" }));
});

describe("createQuestionAction", () => {
  it("creates version 1 with the next number of the bank", async () => {
    const bank = await createBank(db);
    await createQuestion(db, { bankId: bank.id, number: 7 });
    const result = await createQuestionAction({ ...content, bankId: bank.id });
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : "";
    const stored = await db.question.findUniqueOrThrow({ where: { id }, include: { versions: true } });
    expect(stored).toMatchObject({ number: 8, version: 1, level: "MIDDLE", tags: ["sync", "limits"] });
    expect(stored.versions).toMatchObject([{ version: 1, title: "What is a semaphore?" }]);
    expect(await db.auditEntry.count({ where: { action: "question.create", targetId: id } })).toBe(1);
  });

  it("creates a new bank when given a name", async () => {
    const result = await createQuestionAction({ ...content, newBankName: "Fresh bank" });
    expect(result.ok).toBe(true);
    const bank = await db.bank.findUniqueOrThrow({ where: { name: "Fresh bank" }, include: { questions: true } });
    expect(bank.questions.map((q) => q.number)).toEqual([1]);
  });

  it("returns field errors, keyed by path, and writes nothing", async () => {
    const result = await createQuestionAction({ ...content, title: " ", wrongAnswers: [{ answer: "", why: "x" }], bankId: "" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("VALIDATION");
    expect(result.error.fieldErrors).toMatchObject({
      title: ["Give the question a title"],
      "wrongAnswers.0.answer": ["Write the wrong answer"],
      bankId: ["Choose a bank or name a new one"],
    });
    expect(await db.question.count()).toBe(0);
  });

  it("is refused to a hiring manager and to nobody", async () => {
    const bank = await createBank(db);
    signInAs(await createUser(db, { role: "HIRING_MANAGER" }));
    expect(await createQuestionAction({ ...content, bankId: bank.id })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    signInAs(null);
    expect(await createQuestionAction({ ...content, bankId: bank.id })).toMatchObject({ ok: false, error: { code: "UNAUTHENTICATED" } });
    expect(await db.question.count()).toBe(0);
  });
});

describe("updateQuestionAction", () => {
  it("saves an edit as version 2 and leaves version 1's snapshot untouched", async () => {
    const question = await createQuestion(db);
    const probes = [{ question: "New first probe?", answer: "Yes." }, ...(question.probes as Array<{ question: string; answer: string }>)];
    const result = await updateQuestionAction({ ...content, id: question.id, version: 1, probes });
    expect(result).toEqual({ ok: true, data: { id: question.id, version: 2 } });

    const versions = await db.questionVersion.findMany({ where: { questionId: question.id }, orderBy: { version: "asc" } });
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versions[0]).toMatchObject({ title: question.title, probes: question.probes });
    expect(versions[1]).toMatchObject({ title: "What is a semaphore?", probes });
    expect(await db.question.findUniqueOrThrow({ where: { id: question.id } })).toMatchObject({ version: 2, title: "What is a semaphore?" });
  });

  it("keeps the version when nothing but tags changed", async () => {
    const question = await createQuestion(db);
    const same = { level: question.level, title: question.title, prompt: question.prompt, modelAnswer: question.modelAnswer, wrongAnswers: question.wrongAnswers, probes: question.probes, sections: question.sections };
    expect(await updateQuestionAction({ ...same, tags: "one, two", id: question.id, version: 1 })).toEqual({ ok: true, data: { id: question.id, version: 1 } });
    expect(await db.question.findUniqueOrThrow({ where: { id: question.id } })).toMatchObject({ version: 1, tags: ["one", "two"] });
    expect(await db.questionVersion.count({ where: { questionId: question.id } })).toBe(1);
  });

  it("refuses a stale form with CONFLICT instead of overwriting a newer version", async () => {
    const question = await createQuestion(db);
    await updateQuestionAction({ ...content, id: question.id, version: 1 });
    const stale = await updateQuestionAction({ ...content, title: "Stale edit", id: question.id, version: 1 });
    expect(stale).toMatchObject({ ok: false, error: { code: "CONFLICT" } });
    expect((await db.question.findUniqueOrThrow({ where: { id: question.id } })).title).toBe("What is a semaphore?");
  });

  it("returns field errors for invalid content", async () => {
    const question = await createQuestion(db);
    const result = await updateQuestionAction({ ...content, level: "GURU", probes: [{ question: "", answer: "" }], id: question.id, version: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION", fieldErrors: { level: ["Choose a level"], "probes.0.question": ["Write the follow-up question"] } } });
  });
});

describe("archiveQuestionAction", () => {
  it("needs confirmation, then hides the question and keeps its versions", async () => {
    const question = await createQuestion(db);
    expect(await archiveQuestionAction({ id: question.id })).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
    expect(await archiveQuestionAction({ id: question.id, confirm: true })).toEqual({ ok: true, data: null });
    const stored = await db.question.findUniqueOrThrow({ where: { id: question.id }, include: { versions: true } });
    expect(stored.archivedAt).not.toBeNull();
    expect(stored.versions).toHaveLength(1);
    expect(await archiveQuestionAction({ id: question.id, confirm: true })).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});

describe("import actions", () => {
  const text = bankDocument("Browser bank", [
    { number: 1, level: "Junior", title: "One" },
    { number: 2, level: "Staff", title: "Two" },
  ]);

  it("previews per level without writing, then imports on confirm", async () => {
    const preview = await previewImportAction({ text });
    expect(preview).toMatchObject({ ok: true, data: { bankName: "Browser bank", bankExists: false, created: 2, perLevel: { JUNIOR: 1, STAFF: 1 } } });
    expect(await db.bank.count()).toBe(0);

    const done = await confirmImportAction({ text, source: "bank.md" });
    expect(done).toMatchObject({ ok: true, data: { bankName: "Browser bank", created: 2 } });
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: "bank.import" } });
    expect(entry.actorId).not.toBeNull();
    expect(await db.bank.findFirstOrThrow()).toMatchObject({ source: "bank.md" });
  });

  it("reports an empty or question-less document as a field error", async () => {
    expect(await previewImportAction({ text: "   " })).toMatchObject({ ok: false, error: { fieldErrors: { text: ["Paste a document or choose a file"] } } });
    expect(await confirmImportAction({ text: "# Just a title\n\nNo questions here." })).toMatchObject({ ok: false, error: { code: "VALIDATION", fieldErrors: { text: expect.any(Array) } } });
    expect(await db.bank.count()).toBe(0);
  });

  // What the wizard sends once a browser has read such a file: the server must refuse it again,
  // however the browser's check was skipped, and write nothing.
  const png = new TextDecoder().decode(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, ...Array.from({ length: 2048 }, (_, i) => (i * 151 + 7) % 256)]));
  it.each([
    ["an oversized document", `${text}\n${"Padding. ".repeat(600_000)}`, "bank.md", /^This file is 5\.2 MB; the limit is 5 MB\.$/],
    ["a binary file", png, "diagram.png", /^This looks like a binary file \(e\.g\. an image or PDF\), not a text document: it contains NUL characters\.$/],
    ["a document without questions", "# Notes\n\nSome prose, and no question in it.", "", /^No questions were found in this document\. A question starts with/],
  ])("refuses %s with a clear field error and writes nothing", async (_case, document, source, message) => {
    await confirmImportAction({ text, source: "bank.md" });
    const counts = async () => [await db.bank.count(), await db.question.count(), await db.questionVersion.count(), await db.auditEntry.count()];
    const before = await counts();
    for (const action of [previewImportAction, confirmImportAction]) {
      const result = await action({ text: document, source });
      expect(result).toMatchObject({ ok: false, error: { code: "VALIDATION", fieldErrors: { text: [expect.stringMatching(message)] } } });
    }
    expect(await counts()).toEqual(before);
  });

  it("is refused to a hiring manager", async () => {
    signInAs(await createUser(db, { role: "HIRING_MANAGER" }));
    expect(await confirmImportAction({ text })).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });
});

// The message-queues fixture files its "## Behavioural" questions (Q8, Q9) under the level before
// them, as a guess; the wizard lets the user change each one.
describe("import actions: levels chosen in the preview", () => {
  const text = readFileSync(path.join(__dirname, "import", "fixtures", "library", "message-queues.md"), "utf8");
  const counts = async () => [await db.bank.count(), await db.question.count(), await db.questionVersion.count(), await db.auditEntry.count()];

  it("previews the guessed levels, and the chosen level is what the preview counts and the import stores", async () => {
    const guessed = await previewImportAction({ text });
    expect(guessed).toMatchObject({ ok: true, data: { perLevel: { SENIOR: 4, STAFF: 1 } } });
    expect(guessed.ok && guessed.data.guessedLevels).toEqual([
      { number: 8, title: "Tell me about an incident caused by a message that was processed twice.", guessed: "SENIOR", level: "SENIOR" },
      { number: 9, title: "How do you explain back pressure to a product manager?", guessed: "SENIOR", level: "SENIOR" },
    ]);

    const chosen = await previewImportAction({ text, levels: { 8: "STAFF" } });
    expect(chosen).toMatchObject({ ok: true, data: { perLevel: { SENIOR: 3, STAFF: 2 }, guessedLevels: [{ number: 8, guessed: "SENIOR", level: "STAFF" }, { number: 9, level: "SENIOR" }] } });
    expect(await db.bank.count()).toBe(0);

    const done = await confirmImportAction({ text, source: "message-queues.md", levels: { 8: "STAFF" }, planKey: chosen.ok ? chosen.data.planKey : "" });
    expect(done).toMatchObject({ ok: true, data: { created: 9 } });
    const stored = await db.question.findMany({ where: { number: { in: [8, 9] } }, orderBy: { number: "asc" }, select: { number: true, level: true, tags: true, versions: { select: { level: true } } } });
    // The untouched guess is imported as guessed (the preview said it was one); the choice lands in the version too.
    expect(stored).toEqual([
      { number: 8, level: "STAFF", tags: ["behavioural"], versions: [{ level: "STAFF" }] },
      { number: 9, level: "SENIOR", tags: ["behavioural"], versions: [{ level: "SENIOR" }] },
    ]);
  });

  it("changes an imported question's level on a re-import when the user chooses another", async () => {
    await confirmImportAction({ text });
    const preview = await previewImportAction({ text, levels: { 9: "MIDDLE" } });
    expect(preview).toMatchObject({ ok: true, data: { updated: 1, unchanged: 8 } });
    const again = await confirmImportAction({ text, levels: { 9: "MIDDLE" }, planKey: preview.ok ? preview.data.planKey : "" });
    expect(again).toMatchObject({ ok: true, data: { updated: 1, unchanged: 8 } });
    expect(await db.question.findFirstOrThrow({ where: { number: 9 }, select: { level: true, version: true } })).toEqual({ level: "MIDDLE", version: 2 });
  });

  it("keeps the section's 'a guess' warning until every question under it has a chosen level", async () => {
    const messages = async (levels?: Record<number, string>) => {
      const preview = await previewImportAction({ text, ...(levels ? { levels } : {}) });
      return preview.ok ? preview.data.warnings.map((warning) => warning.message) : [`not ok: ${JSON.stringify(preview)}`];
    };
    const guess = expect.stringMatching(/Unknown level heading "Behavioural".*a guess to check/);
    const settled = 'The questions tagged "behavioural" (a section that names no level) take the levels chosen in the preview';
    expect(await messages()).toContainEqual(guess);
    expect(await messages({ 8: "STAFF" })).toContainEqual(guess);
    const chosen = await messages({ 8: "STAFF", 9: "SENIOR" });
    expect(chosen).not.toContainEqual(guess);
    expect(chosen).toContainEqual(settled);
  });

  it.each([
    ["a question the document does not have", { 42: "STAFF" }, { "levels.42": ["This document has no Q42"] }],
    ["a key that is not a question number", { Q8: "STAFF" }, { "levels.Q8": ["Name a question by its number (8 for Q8)"] }],
    ["a level that does not exist", { 8: "PRINCIPAL" }, { "levels.8": ["Choose a level"] }],
    ["something other than a map of levels", ["STAFF"], { levels: [expect.any(String)] }],
  ])("refuses %s with a field error and writes nothing", async (_case, levels, fieldErrors) => {
    const before = await counts();
    for (const action of [previewImportAction, confirmImportAction]) {
      expect(await action({ text, levels })).toMatchObject({ ok: false, error: { code: "VALIDATION", fieldErrors } });
    }
    expect(await counts()).toEqual(before);
  });
});
