import "server-only";
import * as Y from "yjs";
import type { SessionUser } from "@/server/auth-gates";
import { promptCode } from "@/server/code-blocks";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { createRateLimiter } from "@/server/rate-limit";
import { authorizeSession } from "../access";
import { candidatePad, panelPad, type PadTarget } from "./pad-access";
import { MAX_PAD_TEXT_BYTES, padLanguageSchema, padUpdateSchema } from "./schemas";
import { storeLanguage, storePadUpdate, storePresence, type PadAuthorRef, type ResolvePad } from "./store";
import { PAD_TEXT } from "./update-check";

// The pad's writes, one per entry point. The panel's open with the user and the session rule
// (authorizeSession: on the panel, sessions:run); the candidate's with the join token. Bodies are
// parsed after that, then rate-limited, then stored (store.ts checks what the update does).

// Per instance, per writer and pad (docs/decisions/code-pad.md). The editor sends at most one
// batch at a time, every 50 ms at most while typing, so these leave room for a fast typist and a
// paste, and stop a script.
const requests = createRateLimiter({ capacity: 60, perSecond: 30 });
const bytes = createRateLimiter({ capacity: 512 * 1024, perSecond: 64 * 1024 });

function throttle(key: string, size: number): void {
  const denied = [requests.take(key), bytes.take(key, size)].find((result) => !result.ok);
  if (denied && !denied.ok) {
    throw new AppError("RATE_LIMITED", `Too many changes at once; try again in ${Math.max(1, Math.ceil(denied.retryAfterMs / 1000))} s`);
  }
}

const decode = (base64: string) => new Uint8Array(Buffer.from(base64, "base64"));

async function write(resolve: ResolvePad, target: PadTarget, author: PadAuthorRef, input: unknown, key: string): Promise<{ seq: number | null }> {
  const body = padUpdateSchema.parse(input);
  const update = body.update ? decode(body.update) : null;
  const awareness = body.awareness ? decode(body.awareness) : null;
  throttle(key, (update?.byteLength ?? 0) + (awareness?.byteLength ?? 0));
  const stored = update ? await storePadUpdate(target, resolve, author, update) : null;
  if (awareness) await storePresence(target, author, awareness);
  return { seq: stored?.seq ?? null };
}

const panelAuthor = (user: SessionUser): PadAuthorRef => ({ kind: "interviewer", id: user.id, name: user.name });
const panelWriter = (sessionId: string, position: number): ResolvePad => (client, lock) => panelPad(client, sessionId, position, { lock, write: true });

/** An interviewer's batch: a Yjs update, a cursor, or both. Returns the update's number. */
export async function postPanelPad(user: SessionUser, sessionId: string, position: number, input: unknown): Promise<{ seq: number | null }> {
  await authorizeSession(user, "run", sessionId);
  const resolve = panelWriter(sessionId, position);
  const target = await resolve(db, false);
  return write(resolve, target, panelAuthor(user), input, `user:${user.id}:${target.sessionQuestionId}`);
}

/** The candidate's batch, by join token: only a question they have been shown, only while live. */
export async function postCandidatePad(token: string, position: number, input: unknown): Promise<{ seq: number | null }> {
  const resolve: ResolvePad = (client, lock) => candidatePad(client, token, position, { lock });
  const target = await resolve(db, false);
  return write(resolve, target, { kind: "candidate" }, input, `candidate:${target.sessionQuestionId}`);
}

/** The interviewer picks the pad's language (highlighting on every side). */
export async function setPadLanguage(user: SessionUser, sessionId: string, position: number, input: unknown): Promise<{ language: string }> {
  await authorizeSession(user, "run", sessionId);
  const target = await panelWriter(sessionId, position)(db, false);
  const { language } = padLanguageSchema.parse(input);
  throttle(`user:${user.id}:${target.sessionQuestionId}`, 0);
  await storeLanguage(target, language);
  return { language };
}

/**
 * Appends the code of the question's PROMPT to the pad (its fenced blocks, read on the server from
 * the stored prompt: never the model answer, a section or anything else), and sets the pad's
 * language to the first block's.
 */
export async function loadQuestionCode(user: SessionUser, sessionId: string, position: number): Promise<{ seq: number; language: string }> {
  await authorizeSession(user, "run", sessionId);
  const resolve = panelWriter(sessionId, position);
  const target = await resolve(db, false);
  const question = await db.sessionQuestion.findUnique({ where: { id: target.sessionQuestionId }, select: { questionVersion: { select: { prompt: true } } } });
  const code = question ? promptCode(question.questionVersion.prompt) : null;
  if (!code) throw new AppError("CONFLICT", "This question's prompt has no code to load");
  if (Buffer.byteLength(code.code, "utf8") > MAX_PAD_TEXT_BYTES) throw new AppError("TOO_LARGE", "This question's code is larger than a pad holds");
  throttle(`user:${user.id}:${target.sessionQuestionId}`, code.code.length);
  const appendCode = (doc: Y.Doc) => {
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(copy);
    const text = copy.getText(PAD_TEXT);
    const current = text.toString();
    const separator = current === "" ? "" : current.endsWith("\n\n") ? "" : current.endsWith("\n") ? "\n" : "\n\n";
    text.insert(text.length, separator + code.code);
    const update = Y.encodeStateAsUpdate(copy, before);
    copy.destroy();
    return update;
  };
  const stored = await storePadUpdate(target, resolve, panelAuthor(user), appendCode, { language: code.language });
  return { seq: stored.seq, language: code.language };
}
