// Writes a parsed question-bank document to the database: one transaction (all or nothing),
// idempotent (same document again → same bank, no duplicates, no new versions), fast (a fixed
// number of batched queries, whatever the document's size).
// Imports are relative on purpose: `npm run import` loads this file under plain tsx.
import { readStoredContent } from "../content";
import { createQuestions, lockBank, reviseQuestions } from "../versions";
import { LEVELS, type Level } from "../../../lib/levels";
import { audit } from "../../../server/audit";
import { db, type Tx } from "../../../server/db";
import { planImport, type ImportPlan, type StoredQuestion } from "./plan";
import { prepareDocument, type PreparedDocument } from "./prepare-import";
import { parsedDocumentSchema, type ParsedDocument, type ParseWarning } from "./schema";

export type ImportOptions = { bankName?: string; source?: string; actorId?: string | null };

export type ImportSummary = {
  bankId: string;
  bankName: string;
  created: number;
  updated: number;
  unchanged: number;
  archived: number;
  /** Archived questions that are back in the document (also counted as updated or unchanged). */
  restored: number;
  warnings: ParseWarning[];
};

export type ImportPreview = Omit<ImportSummary, "bankId"> & {
  bankExists: boolean;
  perLevel: Record<Level, number>;
};

export async function importParsedDocument(parsed: ParsedDocument, opts: ImportOptions = {}): Promise<ImportSummary> {
  const doc = prepareDocument(parsedDocumentSchema.parse(parsed), opts);
  return db.$transaction(
    async (tx) => {
      await lockBank(tx, doc.bank.name);
      const bank = await tx.bank.upsert({
        where: { name: doc.bank.name },
        create: { ...doc.bank, source: opts.source ?? "" },
        update: { description: doc.bank.description, notes: doc.bank.notes, ...(opts.source ? { source: opts.source } : {}) },
        select: { id: true, name: true },
      });
      const plan = planImport(doc, await storedQuestions(tx, bank.id));
      await createQuestions(tx, plan.create.map((question) => ({ ...question, bankId: bank.id })));
      await reviseQuestions(tx, plan.revise);
      if (plan.restore.length) await tx.question.updateMany({ where: { id: { in: plan.restore } }, data: { archivedAt: null } });
      if (plan.archive.length) await tx.question.updateMany({ where: { id: { in: plan.archive } }, data: { archivedAt: new Date() } });
      const summary = summarize(bank.id, bank.name, plan, doc);
      const { warnings, ...counts } = summary;
      await audit(
        { actorId: opts.actorId ?? null, action: "bank.import", targetType: "bank", targetId: bank.id, details: { ...counts, warnings: warnings.length, source: opts.source ?? "" } },
        tx,
      );
      return summary;
    },
    // Generous: a large document on a busy machine must not be cut off halfway (it would roll back).
    { maxWait: 15_000, timeout: 120_000 },
  );
}

/** What importing would do, read-only: the UI shows it before the user confirms. */
export async function previewImport(parsed: ParsedDocument, opts: Pick<ImportOptions, "bankName"> = {}): Promise<ImportPreview> {
  const doc = prepareDocument(parsedDocumentSchema.parse(parsed), opts);
  const bank = await db.bank.findUnique({ where: { name: doc.bank.name }, select: { id: true } });
  const plan = planImport(doc, bank ? await storedQuestions(db, bank.id) : []);
  const { bankId: _bankId, ...summary } = summarize("", doc.bank.name, plan, doc);
  const perLevel = Object.fromEntries(LEVELS.map((level) => [level, doc.questions.filter((q) => q.content.level === level).length])) as Record<Level, number>;
  return { ...summary, bankExists: !!bank, perLevel };
}

function summarize(bankId: string, bankName: string, plan: ImportPlan, doc: PreparedDocument): ImportSummary {
  return {
    bankId,
    bankName,
    created: plan.create.length,
    updated: plan.revise.length,
    unchanged: plan.unchanged,
    archived: plan.archive.length,
    restored: plan.restore.length,
    warnings: doc.warnings,
  };
}

async function storedQuestions(tx: Tx, bankId: string): Promise<StoredQuestion[]> {
  const rows = await tx.question.findMany({
    where: { bankId },
    select: {
      id: true, number: true, version: true, tags: true, archivedAt: true, level: true, title: true,
      prompt: true, modelAnswer: true, wrongAnswers: true, probes: true, sections: true,
    },
  });
  return rows.map(({ id, number, version, tags, archivedAt, ...stored }) => ({
    id,
    number,
    version,
    tags,
    archived: archivedAt !== null,
    content: readStoredContent(stored),
  }));
}
