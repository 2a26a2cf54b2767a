// Key points are versioned with the question like its other parts: the editor writes them into a
// new version, a save that changes nothing keeps the version, and a re-import of the question's
// document (which has no key points) keeps them. (A copy carries them: banks/copy-key-points.test.ts.)
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { createBank } from "~tests/factories/questions";
import { createUser } from "~tests/factories/users";
import { signInAs } from "~tests/setup/auth-stub";
import { resetDb } from "~tests/setup/reset-db";
import { createQuestionAction, updateQuestionAction } from "./actions";
import { importParsedDocument } from "./import/persist";
import { parseDocument } from "./import/parse-document";
import { bankDocument } from "./testing/documents";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const ok = <T>(result: { ok: true; data: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.data;
};

const content = {
  level: "JUNIOR",
  title: "What does a mutex protect?",
  prompt: "Explain it.",
  modelAnswer: "An invariant over shared data. Everyone must take the same mutex.",
  wrongAnswers: [],
  probes: [],
  sections: [],
  tags: "",
};

const versions = (id: string) => db.questionVersion.findMany({ where: { questionId: id }, orderBy: { version: "asc" }, select: { version: true, keyPoints: true } });

beforeEach(async () => {
  await resetDb();
  signInAs(await createUser(db, { role: "INTERVIEWER" }));
});

describe("key points in the editor", () => {
  it("are stored with version 1, one per line, blank lines dropped", async () => {
    const bank = await createBank(db);
    const { id } = ok(await createQuestionAction({ ...content, bankId: bank.id, keyPoints: "Protects an invariant\n\n  Same mutex everywhere  \n" }));
    expect(await db.question.findUniqueOrThrow({ where: { id }, select: { keyPoints: true } })).toEqual({ keyPoints: ["Protects an invariant", "Same mutex everywhere"] });
    expect(await versions(id)).toEqual([{ version: 1, keyPoints: ["Protects an invariant", "Same mutex everywhere"] }]);
  });

  it("changing only the key points makes a new version; saving them unchanged does not", async () => {
    const bank = await createBank(db);
    const { id } = ok(await createQuestionAction({ ...content, bankId: bank.id }));
    expect(ok(await updateQuestionAction({ ...content, id, version: 1, keyPoints: [] }))).toEqual({ id, version: 1 });
    expect(ok(await updateQuestionAction({ ...content, id, version: 1, keyPoints: ["Protects an invariant"] }))).toEqual({ id, version: 2 });
    expect(ok(await updateQuestionAction({ ...content, id, version: 2, keyPoints: "Protects an invariant" }))).toEqual({ id, version: 2 });
    expect(await versions(id)).toEqual([{ version: 1, keyPoints: [] }, { version: 2, keyPoints: ["Protects an invariant"] }]);
  });

  it("refuses too many or too long key points with a field error, writing nothing", async () => {
    const bank = await createBank(db);
    const many = await createQuestionAction({ ...content, bankId: bank.id, keyPoints: Array.from({ length: 31 }, (_, i) => `Point ${i}`) });
    expect(many).toMatchObject({ ok: false, error: { code: "VALIDATION", fieldErrors: { keyPoints: [expect.stringContaining("At most 30")] } } });
    const long = await createQuestionAction({ ...content, bankId: bank.id, keyPoints: ["x".repeat(501)] });
    expect(long).toMatchObject({ ok: false, error: { code: "VALIDATION", fieldErrors: { "keyPoints.0": [expect.stringContaining("500")] } } });
    expect(await db.question.count()).toBe(0);
  });
});

describe("key points and the importer", () => {
  it("a re-import of the question's document keeps the author's key points, even when it brings a new version", async () => {
    // Only the key points are edited in Probe: an edit of the content itself would make the
    // document's change a conflict (question identity keeps Probe's version by default).
    const doc = (answer: string) => parseDocument(bankDocument("Key point bank", [{ number: 1, title: "What is a race?", answer }]));
    await importParsedDocument(doc("Timing decides the result."));
    const question = await db.question.findFirstOrThrow({ where: { bank: { name: "Key point bank" } } });
    const edited = ok(await updateQuestionAction({ ...content, level: question.level, title: question.title, prompt: question.prompt, modelAnswer: question.modelAnswer, wrongAnswers: question.wrongAnswers, probes: question.probes, sections: question.sections, id: question.id, version: 1, keyPoints: ["Timing decides"] }));
    expect(edited.version).toBe(2);
    await importParsedDocument(doc("Timing of shared access decides the result."));
    expect(await db.question.findUniqueOrThrow({ where: { id: question.id }, select: { version: true, keyPoints: true } })).toEqual({ version: 3, keyPoints: ["Timing decides"] });
    expect((await versions(question.id)).map((v) => v.keyPoints)).toEqual([[], ["Timing decides"], ["Timing decides"]]);
  });
});
