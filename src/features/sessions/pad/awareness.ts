import "server-only";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { z } from "zod";
import { AppError } from "@/server/errors";

// A pad editor's presence (a Yjs awareness update: client id, clock, JSON state), checked and
// rebuilt on the server before anyone else sees it. The relayed state is built from an allow-list:
// the cursor the client sent (two relative positions) and a label the SERVER chose ("Candidate" or
// the interviewer's name), so nobody can pose as someone else and nothing else rides along.

export type PresenceLabel = { name: string; color: string; colorLight: string };
export type PresenceEntry = { clientId: number; clock: number; state: Uint8Array };

const id = z.object({ client: z.number().int().min(0).max(0xffffffff), clock: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) });
const relativePosition = z.object({
  type: id.nullable().optional(),
  tname: z.string().max(32).nullable().optional(),
  item: id.nullable().optional(),
  assoc: z.number().int().min(-1).max(1).optional(),
});
const cursorSchema = z.object({ anchor: relativePosition, head: relativePosition }).nullable().optional();

const refuse = (message: string) => new AppError("VALIDATION", message, { awareness: [message] });

/** One awareness entry, relabelled; refused unless it is exactly one well-formed entry. */
export function relabelAwareness(bytes: Uint8Array, label: PresenceLabel): PresenceEntry {
  let clientId: number;
  let clock: number;
  let state: unknown;
  try {
    const decoder = decoding.createDecoder(bytes);
    if (decoding.readVarUint(decoder) !== 1) throw refuse("Send your own cursor only");
    clientId = decoding.readVarUint(decoder);
    clock = decoding.readVarUint(decoder);
    state = JSON.parse(decoding.readVarString(decoder));
    if (decoding.hasContent(decoder)) throw refuse("The cursor update has trailing bytes");
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse("The cursor update is not an awareness update");
  }
  if (clientId > 0xffffffff || !Number.isSafeInteger(clock)) throw refuse("The cursor update is not an awareness update");
  let relayed: unknown = null;
  if (state !== null) {
    if (typeof state !== "object" || Array.isArray(state)) throw refuse("The cursor state is not an object");
    const cursor = cursorSchema.safeParse((state as { cursor?: unknown }).cursor);
    if (!cursor.success) throw refuse("The cursor is not a pair of positions in the pad");
    relayed = { user: label, cursor: cursor.data ?? null };
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarString(encoder, JSON.stringify(relayed));
  return { clientId, clock, state: encoding.toUint8Array(encoder) };
}

const CANDIDATE_COLOR = "#b45309";
const PANEL_COLORS = ["#1d4ed8", "#7c3aed", "#047857", "#be123c", "#0e7490"];

/** The label others see: the candidate is "Candidate", an interviewer is their name, each with a stable colour. */
export function presenceLabel(author: { kind: "candidate" } | { kind: "interviewer"; id: string; name: string }): PresenceLabel {
  if (author.kind === "candidate") return { name: "Candidate", color: CANDIDATE_COLOR, colorLight: `${CANDIDATE_COLOR}33` };
  let hash = 0;
  for (const char of author.id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const color = PANEL_COLORS[hash % PANEL_COLORS.length]!;
  return { name: author.name, color, colorLight: `${color}33` };
}
