// The one place that writes question content. Every write also records a QuestionVersion
// snapshot, so sessions and practice attempts keep the exact text they used. The editor and the
// importer both come through here, in batches so a 1,000-question import is a handful of queries.
// Relative imports: the import CLI loads this under plain tsx (see import/persist.ts).
import { randomUUID } from "node:crypto";
import { AppError } from "../../lib/app-error";
import type { Tx } from "../../server/db";
import type { QuestionContent } from "./content";

export type VersionedContent = Omit<QuestionContent, "tags">;

/** `origin`: DOCUMENT when an import creates it (it is then at the version that import wrote); APP otherwise. */
export type NewQuestion = { bankId: string; number: number; content: QuestionContent; origin?: "DOCUMENT" | "APP" };
export type Revision = { id: string; fromVersion: number; content: QuestionContent };

/**
 * A stable fingerprint of a version's document parts: what an imported document can say.
 * Tags are labels, not versioned content; key points are versioned but written only in Probe
 * (a document has none), so they are compared on their own (`sameKeyPoints`).
 */
export function contentKey(content: VersionedContent): string {
  return JSON.stringify([
    content.level,
    content.title,
    content.prompt,
    content.modelAnswer,
    content.wrongAnswers.map((w) => [w.answer, w.why]),
    content.probes.map((p) => [p.question, p.answer]),
    content.sections.map((s) => [s.label, s.body]),
  ]);
}

/** Whether an edit leaves the key points as stored; absent ones (an import) always do. */
export function sameKeyPoints(stored: readonly string[] | undefined, next: readonly string[] | undefined): boolean {
  return next === undefined || JSON.stringify(stored ?? []) === JSON.stringify(next);
}

/**
 * Only the versioned fields: callers pass whole rows (with ids, numbers, tags) to be written.
 * Key points left undefined (an imported document has none) keep what the question holds.
 */
function snapshot({ level, title, prompt, modelAnswer, wrongAnswers, probes, sections, keyPoints }: VersionedContent): VersionedContent {
  return { level, title, prompt, modelAnswer, wrongAnswers, probes, sections, keyPoints };
}

/**
 * Serialises writers of one bank (imports, new question numbers) for the rest of the transaction,
 * so two imports of the same document cannot both decide to create the same question.
 */
export async function lockBank(tx: Tx, bankName: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`probe-bank:${bankName}`}, 0))`;
}

// Writes are raw INSERT … SELECT FROM jsonb_to_recordset: one statement and one parameter per batch.
// Prisma's createMany took ~6 s for 1,000 questions here (client-side query building), this ~0.5 s.

/** Creates questions at version 1, each with its first snapshot; `authorId` is who wrote them (null: unknown, a CLI import). */
export async function createQuestions(tx: Tx, rows: NewQuestion[], authorId: string | null = null): Promise<Array<{ id: string; bankId: string; number: number }>> {
  if (rows.length === 0) return [];
  const created = rows.map((row) => ({
    id: randomUUID(),
    bankId: row.bankId,
    number: row.number,
    origin: row.origin ?? "APP",
    ...snapshot(row.content),
    tags: row.content.tags,
  }));
  await tx.$executeRaw`
    INSERT INTO "Question" ("id", "bankId", "number", "level", "title", "prompt", "modelAnswer", "wrongAnswers", "probes", "sections", "keyPoints", "tags", "version", "origin", "importedVersion", "updatedAt")
    SELECT v."id", v."bankId", v."number", v."level"::"Level", v."title", v."prompt", v."modelAnswer", v."wrongAnswers", v."probes", v."sections",
           COALESCE(v."keyPoints", '[]'::jsonb), v."tags", 1,
           v."origin"::"QuestionOrigin", CASE WHEN v."origin" = 'DOCUMENT' THEN 1 END, now()
    FROM jsonb_to_recordset(${JSON.stringify(created)}::jsonb) AS v(
      "id" text, "bankId" text, "number" int, "origin" text, "level" text, "title" text, "prompt" text, "modelAnswer" text,
      "wrongAnswers" jsonb, "probes" jsonb, "sections" jsonb, "keyPoints" jsonb, "tags" text[]
    )`;
  await insertSnapshots(tx, created.map((row) => ({ questionId: row.id, version: 1, content: row })), authorId);
  return created.map(({ id, bankId, number }) => ({ id, bankId, number }));
}

// The snapshot's key points are read back from the question row just written, so key points the
// caller left undefined are snapshotted as the question keeps them.
async function insertSnapshots(tx: Tx, rows: Array<{ questionId: string; version: number; content: VersionedContent }>, authorId: string | null): Promise<void> {
  const payload = rows.map((row) => ({ id: randomUUID(), questionId: row.questionId, version: row.version, ...snapshot(row.content) }));
  await tx.$executeRaw`
    INSERT INTO "QuestionVersion" ("id", "questionId", "version", "level", "title", "prompt", "modelAnswer", "wrongAnswers", "probes", "sections", "keyPoints", "authorId")
    SELECT v."id", v."questionId", v."version", v."level"::"Level", v."title", v."prompt", v."modelAnswer", v."wrongAnswers", v."probes", v."sections", q."keyPoints", ${authorId}::text
    FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) AS v(
      "id" text, "questionId" text, "version" int, "level" text, "title" text, "prompt" text, "modelAnswer" text,
      "wrongAnswers" jsonb, "probes" jsonb, "sections" jsonb
    )
    JOIN "Question" AS q ON q."id" = v."questionId"`;
}

/**
 * Moves each question to version fromVersion + 1 with new content and snapshot. The version check
 * is in the UPDATE itself, so an editor saving a stale form, or an import racing an edit, fails
 * with CONFLICT instead of silently overwriting someone's newer version.
 */
export async function reviseQuestions(tx: Tx, rows: Revision[], authorId: string | null = null): Promise<void> {
  if (rows.length === 0) return;
  const payload = rows.map((row) => ({ id: row.id, fromVersion: row.fromVersion, ...snapshot(row.content), tags: row.content.tags }));
  const updated = await tx.$queryRaw<Array<{ id: string }>>`
    UPDATE "Question" AS q SET
      "level" = v."level"::"Level",
      "title" = v."title",
      "prompt" = v."prompt",
      "modelAnswer" = v."modelAnswer",
      "wrongAnswers" = v."wrongAnswers",
      "probes" = v."probes",
      "sections" = v."sections",
      "keyPoints" = COALESCE(v."keyPoints", q."keyPoints"),
      "tags" = v."tags",
      "version" = q."version" + 1,
      "updatedAt" = now()
    FROM jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) AS v(
      "id" text, "fromVersion" int, "level" text, "title" text, "prompt" text, "modelAnswer" text,
      "wrongAnswers" jsonb, "probes" jsonb, "sections" jsonb, "keyPoints" jsonb, "tags" text[]
    )
    WHERE q."id" = v."id" AND q."version" = v."fromVersion"
    RETURNING q."id"`;
  if (updated.length !== rows.length) {
    throw new AppError("CONFLICT", "Someone saved a newer version of this question meanwhile; reload and try again");
  }
  await insertSnapshots(tx, rows.map((row) => ({ questionId: row.id, version: row.fromVersion + 1, content: row.content })), authorId);
}

/** Tags are not versioned: changing only them leaves the version and its snapshot alone. */
export async function setTags(tx: Tx, id: string, tags: string[]): Promise<void> {
  await tx.question.update({ where: { id }, data: { tags } });
}
