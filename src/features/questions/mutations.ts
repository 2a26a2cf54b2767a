import "server-only";
import { audit } from "@/server/audit";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { timeImport } from "@/server/metrics";
import { readStoredContent } from "./content";
import { NO_QUESTIONS_MESSAGE } from "./import/input-guard";
import { importParsedDocument, previewImport, type ImportPreview, type ImportSummary } from "./import/persist";
import { parseDocumentInWorker } from "./import/parse-in-worker";
import { archiveQuestionSchema, createQuestionSchema, importDocumentSchema, restoreQuestionSchema, updateQuestionSchema } from "./schemas";
import { contentKey, createQuestions, lockBank, reviseQuestions, sameKeyPoints, setTags } from "./versions";

// Writes to the question bank from the app. Each takes the signed-in user, checks the permission,
// then parses its input: a caller who may not write learns nothing from a validation message.
// (The import CLI calls the importer in import/persist.ts directly: it is an operator's tool on the
// database, with no signed-in user.)

export async function createQuestion(user: SessionUser, input: unknown): Promise<{ id: string }> {
  assertCan(user, "questions:edit");
  const { bankId, newBankName, ...content } = createQuestionSchema.parse(input);
  const id = await db.$transaction(async (tx) => {
    const bank = bankId
      ? await tx.bank.findUnique({ where: { id: bankId }, select: { id: true, name: true } })
      : await tx.bank.upsert({ where: { name: newBankName }, create: { name: newBankName }, update: {}, select: { id: true, name: true } });
    if (!bank) throw new AppError("VALIDATION", "Choose a bank", { bankId: ["That bank no longer exists"] });
    // The lock makes "highest number + 1" safe against a concurrent create or import.
    await lockBank(tx, bank.name);
    const last = await tx.question.aggregate({ where: { bankId: bank.id }, _max: { number: true } });
    const [created] = await createQuestions(tx, [{ bankId: bank.id, number: (last._max.number ?? 0) + 1, content }], user.id);
    await audit({ actorId: user.id, action: "question.create", targetType: "question", targetId: created!.id, details: { bankId: bank.id } }, tx);
    return created!.id;
  });
  return { id };
}

/** Saves an edit as a new version; an unchanged save (or a tags-only one) keeps the version. */
export async function updateQuestion(user: SessionUser, input: unknown): Promise<{ id: string; version: number }> {
  assertCan(user, "questions:edit");
  const { id, version, ...content } = updateQuestionSchema.parse(input);
  return db.$transaction(async (tx) => {
    const current = await tx.question.findFirst({
      where: { id, archivedAt: null },
      select: { version: true, level: true, title: true, prompt: true, modelAnswer: true, wrongAnswers: true, probes: true, sections: true, keyPoints: true, tags: true, bank: { select: { name: true } } },
    });
    if (!current) throw new AppError("NOT_FOUND", "This question no longer exists");
    await lockBank(tx, current.bank.name);
    if (current.version !== version) {
      throw new AppError("CONFLICT", `Someone saved version ${current.version} while you were editing; reload to see it`);
    }
    // Stored Json is compared through the same fingerprint the importer uses.
    const before = readStoredContent(current);
    if (contentKey(before) === contentKey(content) && sameKeyPoints(before.keyPoints, content.keyPoints)) {
      if (before.tags.join("\n") !== content.tags.join("\n")) await setTags(tx, id, content.tags);
      return { id, version };
    }
    await reviseQuestions(tx, [{ id, fromVersion: version, content }], user.id);
    await audit({ actorId: user.id, action: "question.update", targetType: "question", targetId: id, details: { from: version, to: version + 1 } }, tx);
    return { id, version: version + 1 };
  });
}

/** "Delete" archives: sessions and practice attempts still point at the question's versions. */
export async function archiveQuestion(user: SessionUser, input: unknown): Promise<void> {
  assertCan(user, "questions:edit");
  const { id } = archiveQuestionSchema.parse(input);
  const { count } = await db.question.updateMany({ where: { id, archivedAt: null }, data: { archivedAt: new Date() } });
  if (count === 0) throw new AppError("NOT_FOUND", "This question no longer exists");
  await audit({ actorId: user.id, action: "question.delete", targetType: "question", targetId: id });
}

export type RestoreResult = {
  id: string;
  number: number;
  /** The number it asked for back: its own, unless an import lent it to another question. */
  wanted: number;
  /** When `wanted` is in use now: the live question that has it (the restored one got `number`). */
  takenBy: { id: string; title: string } | null;
};

/**
 * Brings an archived question back with its id and its last content, at its number if that is
 * free, else at the bank's next free number. Another archived question in the way parks below
 * zero and keeps its own claim (archivedNumber), as an import would do.
 */
export async function restoreQuestion(user: SessionUser, input: unknown): Promise<RestoreResult> {
  assertCan(user, "questions:edit");
  const { id } = restoreQuestionSchema.parse(input);
  return db.$transaction(async (tx) => {
    const bank = await tx.question.findUnique({ where: { id }, select: { bank: { select: { name: true } } } });
    if (!bank) throw new AppError("NOT_FOUND", "This question does not exist");
    await lockBank(tx, bank.bank.name);
    const question = await tx.question.findUniqueOrThrow({ where: { id }, select: { bankId: true, number: true, archivedNumber: true, archivedAt: true } });
    if (!question.archivedAt) throw new AppError("CONFLICT", "This question is not archived; it may have been restored already");
    const wanted = question.archivedNumber ?? question.number;
    const holder = await tx.question.findFirst({ where: { bankId: question.bankId, number: wanted, id: { not: id } }, select: { id: true, title: true, archivedAt: true, archivedNumber: true } });
    const bounds = await tx.question.aggregate({ where: { bankId: question.bankId }, _max: { number: true }, _min: { number: true } });
    let number = wanted;
    if (holder && !holder.archivedAt) number = (bounds._max.number ?? 0) + 1;
    else if (holder) {
      await tx.question.update({ where: { id: holder.id }, data: { number: Math.min(0, bounds._min.number ?? 0) - 1, archivedNumber: holder.archivedNumber ?? wanted } });
    }
    await tx.question.update({ where: { id }, data: { archivedAt: null, archivedNumber: null, number } });
    const takenBy = holder && !holder.archivedAt ? { id: holder.id, title: holder.title } : null;
    await audit({ actorId: user.id, action: "question.restore", targetType: "question", targetId: id, details: { number, wanted } }, tx);
    return { id, number, wanted, takenBy };
  });
}

// The same words as the CLI's, in the wizard's field error area.
const noQuestions = () => new AppError("VALIDATION", NO_QUESTIONS_MESSAGE, { text: [NO_QUESTIONS_MESSAGE] });

export type ImportPreviewResult = ImportPreview;

// A preview of a thousand rewritten questions would carry a diff for each; the browser gets the
// first ones (conflicts always: they need a decision). `npm run import -- FILE --plan` has all.
const PREVIEW_DIFFS = 200;

/** What importing a document would do to its bank, without writing anything. */
export async function previewDocumentImport(user: SessionUser, input: unknown): Promise<ImportPreviewResult> {
  assertCan(user, "questions:import");
  const { text, bankName, format, levels } = importDocumentSchema.parse(input);
  const parsed = await parseDocumentInWorker(text, { format, bankName });
  if (parsed.questions.length === 0) throw noQuestions();
  // The preview takes the levels chosen so far: its counts, plan and plan key are the import's.
  const preview = await previewImport(parsed, { bankName, levels });
  let shown = 0;
  const entries = preview.entries.map((entry) => {
    if (entry.status !== "changed" || !entry.changes.length) return entry;
    shown += 1;
    return shown <= PREVIEW_DIFFS ? entry : { ...entry, changes: [] };
  });
  return { ...preview, entries };
}

export async function importDocument(user: SessionUser, input: unknown): Promise<ImportSummary> {
  assertCan(user, "questions:import");
  const { text, bankName, format, source, takeDocument, planKey, levels } = importDocumentSchema.parse(input);
  // Timed from parse to commit, by outcome (the operators' import histogram).
  return timeImport(async () => {
    // Parsed again here rather than trusting a preview sent back by the browser; the plan key makes
    // sure it is still the plan the user confirmed.
    const parsed = await parseDocumentInWorker(text, { format, bankName });
    if (parsed.questions.length === 0) throw noQuestions();
    return importParsedDocument(parsed, { bankName, source: source || "pasted in the browser", actorId: user.id, takeDocument, expectedPlanKey: planKey, levels });
  });
}
