import "server-only";
import * as Y from "yjs";
import { isCodeLanguage, type CodeLanguage } from "@/lib/code-languages";
import { promptLanguage } from "@/server/code-blocks";
import { db } from "@/server/db";

// The pad's reads for its streams, each ONE statement (one snapshot of the database), keyed by the
// session question. What they return is pad content only: the merged Yjs update, the language and
// the editors' relabelled cursors. The question's prompt is read only to pick the default language.

export type PadRead = {
  /** The last update number included; 0 for a pad never written. */
  head: number;
  /** Everything after `after` merged into one Yjs update (or the whole document), null when nothing is new. */
  update: Uint8Array | null;
  /** The interviewer's choice, else the prompt's first code block's language (when `withPrompt`). */
  language: CodeLanguage | null;
};

type Row = { head: number | null; language: string | null; snapshot: Uint8Array | null; updates: string | null; prompt: string | null };

/**
 * The updates after `after`, merged. When `after` is older than the snapshot (or from the future:
 * a client that holds another database's pad), the whole document comes instead: Yjs applies what
 * a client already has as a no-op, so sending more than needed is always safe; sending less never is.
 */
export async function readPad(sessionQuestionId: string, after: number, { withPrompt = false } = {}): Promise<PadRead | null> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT p."headSeq" AS "head", p."language",
           CASE WHEN f."full" THEN p."snapshot" END AS "snapshot",
           (SELECT string_agg(translate(encode(u."data", 'base64'), E'\\n', ''), ',' ORDER BY u."seq")
              FROM "CodePadUpdate" u
              WHERE u."padId" = p."id" AND u."seq" <= p."headSeq"
                AND u."seq" > CASE WHEN f."full" THEN p."snapshotSeq" ELSE ${after}::int END) AS "updates",
           CASE WHEN ${withPrompt} THEN v."prompt" END AS "prompt"
    FROM "SessionQuestion" q
    JOIN "QuestionVersion" v ON v."id" = q."questionVersionId"
    LEFT JOIN "CodePad" p ON p."sessionQuestionId" = q."id"
    CROSS JOIN LATERAL (SELECT (${after}::int < p."snapshotSeq" OR ${after}::int > p."headSeq") AS "full") f
    WHERE q."id" = ${sessionQuestionId}`;
  const row = rows[0];
  if (!row) return null;
  const parts = [...(row.snapshot ? [row.snapshot] : []), ...(row.updates ? row.updates.split(",").map((b64) => new Uint8Array(Buffer.from(b64, "base64"))) : [])];
  const stored = isCodeLanguage(row.language) ? row.language : null;
  return {
    head: row.head ?? 0,
    update: parts.length === 0 ? null : parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts),
    language: stored ?? (row.prompt !== null ? promptLanguage(row.prompt) : null),
  };
}

/** Cursors written in the last `seconds` (awareness updates, already relabelled by the server), and the database's clock. */
export async function readPresence(sessionQuestionId: string, seconds: number): Promise<Uint8Array[]> {
  const rows = await db.$queryRaw<Array<{ state: Uint8Array }>>`
    SELECT c."state" FROM "CodePadPresence" c JOIN "CodePad" p ON p."id" = c."padId"
    WHERE p."sessionQuestionId" = ${sessionQuestionId} AND c."updatedAt" > statement_timestamp() - make_interval(secs => ${seconds})
    ORDER BY c."updatedAt"`;
  return rows.map((row) => row.state);
}
