// Writes a parsed question-bank document to the database: one transaction (all or nothing),
// idempotent (same document again → same bank, no duplicates, no new versions), fast (a fixed
// number of batched queries, whatever the document's size).
// Imports are relative on purpose: `npm run import` loads this file under plain tsx.
import { createHash } from "node:crypto";
import { createQuestions, lockBank, reviseQuestions } from "../versions";
import { LEVELS, type Level } from "../../../lib/levels";
import { AppError } from "../../../lib/app-error";
import { audit } from "../../../server/audit";
import { db, type Tx } from "../../../server/db";
import { planCounts, planImport, type ImportPlan, type PlanEntry, type PlanOptions } from "./plan";
import { prepareDocument, type LevelChoices, type PreparedDocument } from "./prepare-import";
import { parsedDocumentSchema, type ParsedDocument, type ParseWarning } from "./schema";
import { renumberQuestions, storedQuestions } from "./stored";

export type ImportOptions = {
  bankName?: string;
  source?: string;
  actorId?: string | null;
  /** Conflicts where the document's version wins: every one, or these question ids. Default: none (Probe's wins). */
  takeDocument?: "all" | readonly string[];
  /** The preview's `planKey`: when given, the import refuses (CONFLICT) if the bank changed since. */
  expectedPlanKey?: string;
  /** Levels chosen in the preview, by question number (a guessed level changed). */
  levels?: LevelChoices;
};

/** A question whose level no heading named: the preview says so and offers to change it. */
export type GuessedLevel = { number: number; title: string; guessed: Level; level: Level };

export type ImportCounts = ReturnType<typeof planCounts>;

export type ImportSummary = ImportCounts & {
  bankId: string;
  bankName: string;
  warnings: ParseWarning[];
};

export type ImportPreview = Omit<ImportSummary, "bankId"> & {
  bankExists: boolean;
  perLevel: Record<Level, number>;
  /** Per question: new, changed (with a diff), unchanged, conflict, archived, kept; renumbered ones say so. */
  entries: PlanEntry[];
  /** A fingerprint of this plan: confirming with it refuses to import a plan that changed meanwhile. */
  planKey: string;
  /** The questions whose level was guessed, with the level they would be imported with. */
  guessedLevels: GuessedLevel[];
};

const asOption = (take: ImportOptions["takeDocument"]): PlanOptions["takeDocument"] => (take === "all" ? "all" : new Set(take ?? []));

export async function importParsedDocument(parsed: ParsedDocument, opts: ImportOptions = {}): Promise<ImportSummary> {
  const doc = prepareDocument(parsedDocumentSchema.parse(parsed), opts);
  return db.$transaction(
    async (tx) => {
      await lockBank(tx, doc.bank.name);
      const bank = await tx.bank.upsert({
        where: { name: doc.bank.name },
        create: { ...doc.bank, source: opts.source ?? "" },
        update: {
          description: doc.bank.description,
          notes: doc.bank.notes,
          // Front matter says what the bank's tags and collection are; a document without any leaves them be.
          ...(doc.bank.tags ? { tags: doc.bank.tags } : {}),
          ...(doc.bank.collection !== undefined ? { collection: doc.bank.collection } : {}),
          ...(opts.source ? { source: opts.source } : {}),
        },
        select: { id: true, name: true },
      });
      const plan = planImport(doc, await storedQuestions(tx, bank.id), { takeDocument: asOption(opts.takeDocument) });
      if (opts.expectedPlanKey !== undefined && opts.expectedPlanKey !== planKey(plan)) {
        throw new AppError("CONFLICT", "The bank changed since the preview (someone edited or imported it); preview the import again");
      }
      await carryOut(tx, bank.id, plan, opts.actorId ?? null);
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

async function carryOut(tx: Tx, bankId: string, plan: ImportPlan, authorId: string | null): Promise<void> {
  // Numbers first (they free the numbers new questions take), then content, then the states.
  await renumberQuestions(tx, plan.renumber);
  await createQuestions(tx, plan.create.map((question) => ({ ...question, bankId })), authorId);
  await reviseQuestions(tx, plan.revise, authorId);
  if (plan.settle.length) {
    await tx.$executeRaw`UPDATE "Question" SET "importedVersion" = "version" WHERE "id" = ANY(${plan.settle}::text[])`;
  }
  if (plan.restore.length) {
    await tx.question.updateMany({ where: { id: { in: plan.restore } }, data: { archivedAt: null, archivedNumber: null } });
  }
  if (plan.archive.length) await tx.question.updateMany({ where: { id: { in: plan.archive } }, data: { archivedAt: new Date() } });
}

/**
 * What importing would do, read-only (the wizard's preview, `npm run import -- FILE --plan`). The
 * reads run in a READ ONLY transaction, so the database itself guarantees nothing is written.
 */
export async function previewImport(parsed: ParsedDocument, opts: Pick<ImportOptions, "bankName" | "takeDocument" | "levels"> = {}): Promise<ImportPreview> {
  const doc = prepareDocument(parsedDocumentSchema.parse(parsed), opts);
  const { bank, stored } = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SET TRANSACTION READ ONLY`;
      const bank = await tx.bank.findUnique({ where: { name: doc.bank.name }, select: { id: true } });
      return { bank, stored: bank ? await storedQuestions(tx, bank.id) : [] };
    },
    { maxWait: 15_000, timeout: 60_000 },
  );
  // Planned after the reads: diffing a large bank must not hold the transaction open.
  const plan = planImport(doc, stored, { takeDocument: asOption(opts.takeDocument), withChanges: true });
  const { bankId: _bankId, ...summary } = summarize("", doc.bank.name, plan, doc);
  const perLevel = Object.fromEntries(LEVELS.map((level) => [level, doc.questions.filter((q) => q.content.level === level).length])) as Record<Level, number>;
  const guessedLevels = doc.questions.flatMap(({ number, content, guessedLevel }) => (guessedLevel ? [{ number, title: content.title, guessed: guessedLevel, level: content.level }] : []));
  return { ...summary, bankExists: !!bank, perLevel, entries: plan.entries, planKey: planKey(plan), guessedLevels };
}

function summarize(bankId: string, bankName: string, plan: ImportPlan, doc: PreparedDocument): ImportSummary {
  return { bankId, bankName, ...planCounts(plan), warnings: [...doc.warnings, ...plan.warnings] };
}

/** What the plan does to which stored version of which question, whatever is chosen for the conflicts. */
export function planKey(plan: ImportPlan): string {
  const facts = plan.entries.map((e) => [e.status, e.id, e.version, e.number, e.previousNumber, e.restored, e.editedInProbe]);
  return createHash("sha256").update(JSON.stringify(facts)).digest("base64url").slice(0, 22);
}
