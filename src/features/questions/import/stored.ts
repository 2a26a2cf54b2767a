// The importer's reads and number moves on a bank's stored questions. Relative imports: the
// import CLI loads this under plain tsx (see persist.ts).
import { readStoredContent, type StoredContent } from "../content";
import type { Tx } from "../../../server/db";
import type { Level } from "../../../lib/levels";
import type { Renumbering, StoredQuestion } from "./plan";

type Row = StoredContent & {
  id: string;
  number: number;
  version: number;
  tags: string[];
  archivedAt: Date | null;
  archivedNumber: number | null;
  origin: "DOCUMENT" | "APP";
  importedVersion: number | null;
  base: (StoredContent & { version: number }) | null;
};

/**
 * Every question of the bank, archived ones too (a question that returns to the document comes
 * back), each with its base: the snapshot the last import wrote, read only when it is not the
 * current version.
 */
export async function storedQuestions(tx: Tx, bankId: string): Promise<StoredQuestion[]> {
  const rows = await tx.$queryRaw<Row[]>`
    SELECT q."id", q."number", q."version", q."tags", q."archivedAt", q."archivedNumber", q."origin"::text AS "origin",
           q."importedVersion", q."level"::text AS "level", q."title", q."prompt", q."modelAnswer", q."wrongAnswers", q."probes", q."sections",
           CASE WHEN v."id" IS NULL THEN NULL ELSE jsonb_build_object(
             'version', v."version", 'level', v."level", 'title', v."title", 'prompt', v."prompt", 'modelAnswer', v."modelAnswer",
             'wrongAnswers', v."wrongAnswers", 'probes', v."probes", 'sections', v."sections") END AS "base"
    FROM "Question" q
    LEFT JOIN "QuestionVersion" v ON v."questionId" = q."id" AND v."version" = q."importedVersion" AND q."importedVersion" <> q."version"
    WHERE q."bankId" = ${bankId}`;
  return rows.map((row) => {
    const content = versioned(row);
    const base = row.importedVersion === null ? null : row.importedVersion === row.version ? content : row.base ? versioned(row.base) : null;
    return {
      id: row.id,
      number: row.number,
      version: row.version,
      tags: row.tags,
      archived: row.archivedAt !== null,
      archivedNumber: row.archivedNumber,
      origin: row.origin,
      content,
      base,
    };
  });
}

function versioned(row: StoredContent) {
  const { level, title, prompt, modelAnswer, wrongAnswers, probes, sections } = readStoredContent({ ...row, level: row.level as Level });
  return { level, title, prompt, modelAnswer, wrongAnswers, probes, sections };
}

// Far below the parking range (archived questions at -1, -2, …) and every real number.
const TEMPORARY_BASE = -2_000_000_000;

/**
 * Moves questions to new numbers under `@@unique([bankId, number])`: first every one of them to a
 * temporary number of its own, then each to its target, so swaps and shifts never collide.
 */
export async function renumberQuestions(tx: Tx, rows: readonly Renumbering[]): Promise<void> {
  if (rows.length === 0) return;
  const payload = JSON.stringify(rows.map((row, index) => ({ ...row, temporary: TEMPORARY_BASE + index })));
  await tx.$executeRaw`
    UPDATE "Question" AS q SET "number" = v."temporary"
    FROM jsonb_to_recordset(${payload}::jsonb) AS v("id" text, "temporary" int)
    WHERE q."id" = v."id"`;
  await tx.$executeRaw`
    UPDATE "Question" AS q SET "number" = v."to", "archivedNumber" = v."archivedNumber"
    FROM jsonb_to_recordset(${payload}::jsonb) AS v("id" text, "to" int, "archivedNumber" int)
    WHERE q."id" = v."id"`;
}
