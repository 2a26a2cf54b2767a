// Re-importing a bank keeps each question's identity (import/identity.ts): renumbering, edits made
// in Probe, questions created in Probe, the archive and restore. On the real database.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createUser } from "~tests/factories/users";
import { resetDb } from "~tests/setup/reset-db";
import { createQuestion, restoreQuestion, updateQuestion } from "../mutations";
import { bankDocument, type DocQuestion } from "../testing/documents";
import { parseDocument } from "./parse-document";
import { importParsedDocument, previewImport } from "./persist";

const BANK = "Identity bank";
// Wrong answers and probes of their own: bankDocument's defaults carry the number, which would
// make a renumbered question a changed one.
const text = (title: string) => ({ wrong: [[`Wrong about ${title}`, "why"]] as Array<[string, string]>, probes: [[`Probe about ${title}`, "Expected."]] as Array<[string, string]> });
const base: DocQuestion[] = [
  { number: 1, level: "Junior", title: "What is a thread?", answer: "A unit of execution inside a process.", ...text("threads") },
  { number: 2, level: "Middle", title: "What is a deadlock?", answer: "A cycle of waiters.", ...text("deadlocks") },
  { number: 3, level: "Senior", title: "What is a fencing token?", answer: "A number that rises with every grant.", ...text("tokens") },
];
const parse = (questions: DocQuestion[]) => parseDocument(bankDocument(BANK, questions));
const withIds = (questions: DocQuestion[], ids: Record<string, string>) =>
  bankDocument(BANK, questions).replace(/^(### Q\d+\. (.*))$/gm, (line, _heading, title: string) => (ids[title] ? `${line}\n<!-- probe:id=${ids[title]} -->` : line));

const idsByTitle = async () => Object.fromEntries((await db.question.findMany({ select: { id: true, title: true } })).map((q) => [q.title, q.id]));
const row = (title: string) => db.question.findFirstOrThrow({ where: { title }, include: { versions: { orderBy: { version: "asc" } } } });

async function interviewer() {
  const user = await createUser(db, { role: "INTERVIEWER" });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** Edits a stored question through the editor's own mutation, as a person would. */
async function editInProbe(title: string, change: { modelAnswer?: string; title?: string }) {
  const question = await row(title);
  const { id, version, level, prompt, modelAnswer, wrongAnswers, probes, sections, tags } = question;
  await updateQuestion(await interviewer(), { id, version, level, title: change.title ?? title, prompt, modelAnswer: change.modelAnswer ?? modelAnswer, wrongAnswers, probes, sections, tags });
}

beforeEach(resetDb);

describe("a renumbered document", () => {
  it("keeps every question's id, moves the numbers, and writes no new version", async () => {
    await importParsedDocument(parse(base));
    const before = await idsByTitle();
    // Reordered, a question inserted at the top, and every number changed.
    const renumbered: DocQuestion[] = [
      { number: 1, level: "Junior", title: "What is a process?", ...text("processes") },
      { ...base[2]!, number: 2 },
      { ...base[0]!, number: 3 },
      { ...base[1]!, number: 4 },
    ];
    const preview = await previewImport(parse(renumbered));
    expect(preview).toMatchObject({ created: 1, updated: 0, unchanged: 3, archived: 0, renumbered: 3 });
    expect(preview.entries.find((e) => e.title === "What is a deadlock?")).toMatchObject({ status: "unchanged", number: 4, previousNumber: 2, id: before["What is a deadlock?"] });

    const summary = await importParsedDocument(parse(renumbered));
    expect(summary).toMatchObject({ created: 1, updated: 0, unchanged: 3, archived: 0, renumbered: 3 });
    const after = await db.question.findMany({ select: { id: true, title: true, number: true, version: true, archivedAt: true } });
    for (const question of base) expect(after.find((q) => q.title === question.title)?.id).toBe(before[question.title]);
    expect(after.map((q) => [q.title, q.number, q.version, q.archivedAt])).toEqual(
      expect.arrayContaining([
        ["What is a process?", 1, 1, null],
        ["What is a fencing token?", 2, 1, null],
        ["What is a thread?", 3, 1, null],
        ["What is a deadlock?", 4, 1, null],
      ]),
    );
    expect(await db.questionVersion.count()).toBe(4);
  });

  it("keeps the id by the id comment even when the title and the prompt changed too", async () => {
    await importParsedDocument(parse(base));
    const ids = await idsByTitle();
    const rewritten = base.map((q) => (q.number === 2 ? { ...q, number: 9, title: "Deadlocks, explained" } : q));
    const text = withIds(rewritten, { "Deadlocks, explained": ids["What is a deadlock?"]! });
    const summary = await importParsedDocument(parseDocument(text));
    expect(summary).toMatchObject({ created: 0, updated: 1, archived: 0 });
    expect(await db.question.findUniqueOrThrow({ where: { id: ids["What is a deadlock?"]! } })).toMatchObject({ number: 9, title: "Deadlocks, explained", version: 2 });
  });
});

describe("an edit made in Probe", () => {
  it("is kept when the document did not change that question: no conflict, not reverted", async () => {
    await importParsedDocument(parse(base));
    await editInProbe("What is a deadlock?", { modelAnswer: "Edited in Probe." });
    const summary = await importParsedDocument(parse(base));
    expect(summary).toMatchObject({ updated: 0, conflicts: 0, unchanged: 3, keptEdits: 1 });
    expect(await row("What is a deadlock?")).toMatchObject({ modelAnswer: "Edited in Probe.", version: 2 });
  });

  it("is a conflict when the document changed it too; Probe's version wins until the document's is taken", async () => {
    await importParsedDocument(parse(base));
    await editInProbe("What is a deadlock?", { modelAnswer: "Edited in Probe." });
    const changed = base.map((q) => (q.number === 2 ? { ...q, answer: "Changed in the document." } : q));
    const id = (await row("What is a deadlock?")).id;

    const preview = await previewImport(parse(changed));
    const conflict = preview.entries.find((e) => e.id === id);
    expect(conflict).toMatchObject({ status: "conflict", resolution: "probe", editedInProbe: true });
    expect(conflict?.changes).toEqual([
      { field: "modelAnswer", lines: [{ kind: "removed", text: "Edited in Probe." }, { kind: "added", text: "Changed in the document." }] },
    ]);

    // The default keeps Probe's version, and the conflict is still there the next time.
    for (const round of [1, 2]) {
      const summary = await importParsedDocument(parse(changed));
      expect(summary, `round ${round}`).toMatchObject({ conflicts: 1, updated: 0 });
      expect(await row("What is a deadlock?")).toMatchObject({ modelAnswer: "Edited in Probe.", version: 2 });
    }

    const taken = await importParsedDocument(parse(changed), { takeDocument: [id] });
    expect(taken).toMatchObject({ conflicts: 1, updated: 1 });
    const stored = await row("What is a deadlock?");
    expect(stored).toMatchObject({ id, modelAnswer: "Changed in the document.", version: 3, importedVersion: 3 });
    expect(stored.versions.map((v) => v.modelAnswer)).toEqual(["A cycle of waiters.", "Edited in Probe.", "Changed in the document."]);
    // Settled: the same document again changes nothing and is no conflict.
    expect(await importParsedDocument(parse(changed))).toMatchObject({ conflicts: 0, updated: 0, unchanged: 3 });
  });

  it("is no conflict when Probe and the document made the same change", async () => {
    await importParsedDocument(parse(base));
    await editInProbe("What is a deadlock?", { modelAnswer: "Same words." });
    const same = base.map((q) => (q.number === 2 ? { ...q, answer: "Same words." } : q));
    expect(await importParsedDocument(parse(same))).toMatchObject({ conflicts: 0, updated: 0, unchanged: 3, keptEdits: 0 });
    expect(await row("What is a deadlock?")).toMatchObject({ version: 2, importedVersion: 2 });
  });
});

describe("a question created in Probe", () => {
  it("is never archived by an import, and steps aside when the document takes its number", async () => {
    await importParsedDocument(parse(base));
    const bank = await db.bank.findUniqueOrThrow({ where: { name: BANK } });
    const user = await interviewer();
    const { id } = await createQuestion(user, { bankId: bank.id, level: "STAFF", title: "Written in Probe", prompt: "Only here.", tags: [] });
    expect(await db.question.findUniqueOrThrow({ where: { id } })).toMatchObject({ number: 4, origin: "APP" });

    // The same document: nothing happens to it.
    expect(await importParsedDocument(parse(base))).toMatchObject({ archived: 0, keptAppQuestions: 1 });
    // The document drops Q3 and adds its own Q4: Q3 (from the document) is archived, the app's
    // question keeps its id and moves to the next free number.
    const next = [...base.slice(0, 2), { number: 4, level: "Staff" as const, title: "From the document" }];
    const preview = await previewImport(parse(next));
    expect(preview.entries.find((e) => e.id === id)).toMatchObject({ status: "kept", number: 5, previousNumber: 4 });
    expect(await importParsedDocument(parse(next))).toMatchObject({ created: 1, archived: 1, keptAppQuestions: 1 });
    expect(await db.question.findUniqueOrThrow({ where: { id } })).toMatchObject({ number: 5, archivedAt: null, title: "Written in Probe" });
    expect(await db.question.findFirstOrThrow({ where: { number: 4, archivedAt: null } })).toMatchObject({ title: "From the document", origin: "DOCUMENT" });
  });
});

describe("the archive", () => {
  it("a restore brings an archived question back with its id and last content, at its own number", async () => {
    await importParsedDocument(parse(base));
    await editInProbe("What is a fencing token?", { modelAnswer: "Its last content." });
    await importParsedDocument(parse(base.slice(0, 2)));
    const archived = await row("What is a fencing token?");
    expect(archived.archivedAt).not.toBeNull();

    const user = await interviewer();
    expect(await restoreQuestion(user, { id: archived.id })).toEqual({ id: archived.id, number: 3, wanted: 3, takenBy: null });
    expect(await row("What is a fencing token?")).toMatchObject({ id: archived.id, archivedAt: null, number: 3, modelAnswer: "Its last content.", version: 2 });
    expect(await db.auditEntry.count({ where: { action: "question.restore", targetId: archived.id, actorId: user.id } })).toBe(1);
    await expect(restoreQuestion(user, { id: archived.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(restoreQuestion(user, { id: "cnotaquestion000000000000" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("when an import gives its number away, a restore takes the next free number and says whose it is", async () => {
    await importParsedDocument(parse(base));
    const fencing = await row("What is a fencing token?");
    // Q3 leaves the document; later the document has a different Q3.
    await importParsedDocument(parse(base.slice(0, 2)));
    const next = [...base.slice(0, 2), { number: 3, level: "Staff" as const, title: "What is a lease?" }];
    expect(await importParsedDocument(parse(next))).toMatchObject({ created: 1, archived: 0 });
    expect(await db.question.findUniqueOrThrow({ where: { id: fencing.id } })).toMatchObject({ archivedNumber: 3, number: -1 });

    const lease = await row("What is a lease?");
    expect(await restoreQuestion(await interviewer(), { id: fencing.id })).toEqual({ id: fencing.id, number: 4, wanted: 3, takenBy: { id: lease.id, title: "What is a lease?" } });
    expect(await db.question.findUniqueOrThrow({ where: { id: fencing.id } })).toMatchObject({ number: 4, archivedNumber: null, archivedAt: null });
  });

  it("a question that returns to the document comes back at the document's number, its number parked or not", async () => {
    await importParsedDocument(parse(base));
    const fencing = await row("What is a fencing token?");
    await importParsedDocument(parse(base.slice(0, 2)));
    await importParsedDocument(parse([...base.slice(0, 2), { number: 3, level: "Staff", title: "What is a lease?" }]));
    const back = [...base.slice(0, 2), { number: 3, level: "Staff" as const, title: "What is a lease?" }, { ...base[2]!, number: 7 }];
    expect(await importParsedDocument(parse(back))).toMatchObject({ restored: 1, created: 0, archived: 0 });
    expect(await db.question.findUniqueOrThrow({ where: { id: fencing.id } })).toMatchObject({ number: 7, archivedAt: null, archivedNumber: null, version: 1 });
  });
});

describe("previewImport", () => {
  it("writes nothing, whatever it finds", async () => {
    await importParsedDocument(parse(base));
    await editInProbe("What is a deadlock?", { modelAnswer: "Edited in Probe." });
    const counts = async () => [await db.bank.count(), await db.question.count(), await db.questionVersion.count(), await db.auditEntry.count()];
    const rows = () => db.question.findMany({ orderBy: { id: "asc" } });
    const [before, beforeRows] = [await counts(), await rows()];
    const next = [{ ...base[1]!, number: 1, answer: "Changed." }, { number: 2, level: "Staff" as const, title: "New" }];
    const preview = await previewImport(parse(next));
    expect(preview).toMatchObject({ created: 1, conflicts: 1, archived: 2, renumbered: 1 });
    expect(await counts()).toEqual(before);
    expect(await rows()).toEqual(beforeRows);
  });

  it("refuses an import whose plan changed since the preview", async () => {
    await importParsedDocument(parse(base));
    const changed = base.map((q) => (q.number === 1 ? { ...q, answer: "Changed." } : q));
    const { planKey } = await previewImport(parse(changed));
    await editInProbe("What is a thread?", { modelAnswer: "Someone edited it meanwhile." });
    await expect(importParsedDocument(parse(changed), { expectedPlanKey: planKey })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await row("What is a thread?")).toMatchObject({ modelAnswer: "Someone edited it meanwhile." });
    const fresh = await previewImport(parse(changed));
    expect(await importParsedDocument(parse(changed), { expectedPlanKey: fresh.planKey })).toMatchObject({ conflicts: 1 });
  });
});
