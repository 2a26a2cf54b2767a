import "server-only";
import { randomUUID } from "node:crypto";
import * as Y from "yjs";
import { db, type Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { PAD_CHANNEL } from "@/server/events";
import { relabelAwareness, presenceLabel } from "./awareness";
import { documentAt, forgetDocument, queued } from "./doc-cache";
import type { PadTarget } from "./pad-access";
import { MAX_PAD_HISTORY_BYTES, MAX_PAD_TEXT_BYTES } from "./schemas";
import { checkPadUpdate, PAD_TEXT } from "./update-check";

// The pad's writes. An update is stored in ONE transaction: the session row share-locked and
// checked live (by `lock`), the pad row locked (so update numbers are gapless and commit in
// order), the update applied to the document to check it (it must apply cleanly and leave at most
// 100 KB of text), the row inserted, and the notification queued (ids only: NOTIFY payloads are
// limited to 8,000 bytes; every instance reads the update from the table). Every COMPACT_EVERY
// updates the merged document is written to the pad row as its snapshot; the updates stay.

export const COMPACT_EVERY = 100;

export type PadAuthorRef = { kind: "candidate" } | { kind: "interviewer"; id: string; name: string };

type LockedPad = { id: string; headSeq: number; snapshotSeq: number; textBytes: number; historyBytes: number; language: string | null };

/** Creates the pad on first write and locks its row. */
async function lockPad(tx: Tx, sessionQuestionId: string, now: Date): Promise<LockedPad> {
  const rows = await tx.$queryRaw<LockedPad[]>`
    INSERT INTO "CodePad" ("id", "sessionQuestionId", "updatedAt")
    VALUES (${randomUUID()}, ${sessionQuestionId}, ${now.toISOString()}::timestamp(3))
    ON CONFLICT ("sessionQuestionId") DO UPDATE SET "updatedAt" = EXCLUDED."updatedAt"
    RETURNING "id", "headSeq", "snapshotSeq", "textBytes", "historyBytes", "language"`;
  return rows[0]!;
}

const textBytesOf = (doc: Y.Doc) => Buffer.byteLength(doc.getText(PAD_TEXT).toString(), "utf8");

export type StoredUpdate = { seq: number; textBytes: number };

/** Finds the pad a write goes to: with `lock`, inside the write's transaction, share-locking the session. */
export type ResolvePad = (client: Tx | typeof db, lock: boolean) => Promise<PadTarget>;

/**
 * Checks and stores one update. `update` may instead build the update from the current document
 * (loading a question's code). `extra.language` sets the pad's language in the same transaction.
 */
export async function storePadUpdate(
  target: PadTarget,
  resolve: ResolvePad,
  author: PadAuthorRef,
  update: Uint8Array | ((doc: Y.Doc) => Uint8Array),
  extra: { language?: string } = {},
): Promise<StoredUpdate & { target: PadTarget }> {
  if (update instanceof Uint8Array) checkPadUpdate(update);
  const now = new Date();
  // Writes to one pad queue in this process on its session question (the caller found it, unlocked,
  // to refuse early), so its in-memory document is never used by two writes at once.
  return queued(target.sessionQuestionId, async () => {
    let padId: string | null = null;
    try {
      return await db.$transaction(async (tx) => {
        const locked = await resolve(tx, true);
        if (locked.sessionQuestionId !== target.sessionQuestionId) throw new AppError("CONFLICT", "This pad moved; reload it");
        const pad = await lockPad(tx, locked.sessionQuestionId, now);
        padId = pad.id;
        const entry = await documentAt(tx, pad);
        const bytes = update instanceof Uint8Array ? update : checkPadUpdate(update(entry.doc)).bytes;
        if (pad.historyBytes + bytes.byteLength > MAX_PAD_HISTORY_BYTES) {
          throw new AppError("TOO_LARGE", "This pad has reached its size limit for one interview (8 MB of changes); it is read-only now");
        }
        Y.applyUpdate(entry.doc, bytes);
        if (entry.doc.store.pendingStructs || entry.doc.store.pendingDs) {
          throw new AppError("VALIDATION", "The update builds on changes this pad does not have; reload the pad", { update: ["Reload the pad"] });
        }
        const textBytes = textBytesOf(entry.doc);
        if (textBytes > MAX_PAD_TEXT_BYTES && textBytes > pad.textBytes) {
          throw new AppError("TOO_LARGE", `A pad holds at most ${MAX_PAD_TEXT_BYTES / 1024} KB of text; this change would make it ${Math.ceil(textBytes / 1024)} KB`);
        }
        const seq = pad.headSeq + 1;
        const compact = seq - pad.snapshotSeq >= COMPACT_EVERY;
        const snapshot = compact ? Y.encodeStateAsUpdate(entry.doc) : null;
        await tx.$executeRaw`
          WITH "stored" AS (
            INSERT INTO "CodePadUpdate" ("padId", "seq", "data", "author", "authorId", "createdAt")
            VALUES (${pad.id}, ${seq}, ${bytes}, ${author.kind === "candidate" ? "CANDIDATE" : "INTERVIEWER"}::"PadAuthor",
                    ${author.kind === "interviewer" ? author.id : null}, ${now.toISOString()}::timestamp(3))
          ), "pad" AS (
            UPDATE "CodePad"
            SET "headSeq" = ${seq}, "textBytes" = ${textBytes}, "historyBytes" = "historyBytes" + ${bytes.byteLength},
                "snapshot" = CASE WHEN ${compact} THEN ${snapshot}::bytea ELSE "snapshot" END,
                "snapshotSeq" = CASE WHEN ${compact} THEN ${seq} ELSE "snapshotSeq" END,
                "language" = COALESCE(${extra.language ?? null}, "language")
            WHERE "id" = ${pad.id}
          )
          SELECT pg_notify(${PAD_CHANNEL}, json_build_object('id', ${locked.sessionQuestionId}::text, 'rev', ${seq}::int, 'at', (extract(epoch from clock_timestamp()) * 1000)::bigint)::text)`;
        if (extra.language !== undefined) await notifyPadMeta(tx, locked.sessionQuestionId);
        entry.seq = seq;
        return { seq, textBytes, target: locked };
      });
    } catch (error) {
      // The document may hold the refused update: start from the database next time.
      if (padId) forgetDocument(padId);
      throw error;
    }
  });
}

/** Tells every instance to re-read a pad's language and cursors (not an update: `rev` is null). */
async function notifyPadMeta(tx: Tx | typeof db, sessionQuestionId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${PAD_CHANNEL}, json_build_object('id', ${sessionQuestionId}::text, 'rev', NULL)::text)`;
}

/** Stores an editor's cursor (relabelled) for the pad's other editors; 409 if that editor id belongs to someone else. */
export async function storePresence(target: PadTarget, author: PadAuthorRef, awareness: Uint8Array): Promise<void> {
  const entry = relabelAwareness(awareness, presenceLabel(author));
  const owner = author.kind === "candidate" ? "candidate" : `user:${author.id}`;
  const now = new Date().toISOString();
  const stored = await db.$queryRaw<Array<{ ok: number }>>`
    WITH "pad" AS (
      INSERT INTO "CodePad" ("id", "sessionQuestionId", "updatedAt") VALUES (${randomUUID()}, ${target.sessionQuestionId}, ${now}::timestamp(3))
      ON CONFLICT ("sessionQuestionId") DO UPDATE SET "sessionQuestionId" = EXCLUDED."sessionQuestionId"
      RETURNING "id"
    ), "kept" AS (
      INSERT INTO "CodePadPresence" ("padId", "clientId", "owner", "state", "updatedAt")
      SELECT "id", ${entry.clientId}::bigint, ${owner}, ${entry.state}, statement_timestamp() FROM "pad"
      ON CONFLICT ("padId", "clientId") DO UPDATE SET "state" = EXCLUDED."state", "updatedAt" = EXCLUDED."updatedAt"
      WHERE "CodePadPresence"."owner" = EXCLUDED."owner"
      RETURNING 1 AS "ok"
    )
    SELECT "ok", pg_notify(${PAD_CHANNEL}, json_build_object('id', ${target.sessionQuestionId}::text, 'rev', NULL)::text)::text AS "notified" FROM "kept"`;
  if (!stored.length) throw new AppError("CONFLICT", "This cursor belongs to another editor", { awareness: ["Reload the pad"] });
}

/** Sets a pad's language and tells its streams. */
export async function storeLanguage(target: PadTarget, language: string): Promise<void> {
  const now = new Date().toISOString();
  await db.$transaction(async (tx) => {
    await tx.$executeRaw`
      INSERT INTO "CodePad" ("id", "sessionQuestionId", "language", "updatedAt") VALUES (${randomUUID()}, ${target.sessionQuestionId}, ${language}, ${now}::timestamp(3))
      ON CONFLICT ("sessionQuestionId") DO UPDATE SET "language" = EXCLUDED."language", "updatedAt" = EXCLUDED."updatedAt"`;
    await notifyPadMeta(tx, target.sessionQuestionId);
  });
}
