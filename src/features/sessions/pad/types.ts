// What a pad stream carries, and what the pads of a finished session look like. Type-only and
// isomorphic: the candidate's pad client names these without importing any server module.
import type { CodeLanguage } from "@/lib/code-languages";

/**
 * One pad stream event. The first carries the pad as it is (`seq`, `update` if it was ever
 * written, `language`, `presence`); later ones carry new updates (with `seq`, which is also the
 * event id a reconnect resumes from), a changed language, or cursors. Nothing else, ever.
 */
export type PadMessage = {
  seq?: number;
  /** A Yjs update (base64): everything after the client's last `seq`, merged. */
  update?: string;
  language?: CodeLanguage;
  /** Awareness updates (base64), one per editor, labelled by the server. */
  presence?: string[];
};

/** A pad of a session, as the scorecard and the debrief show it. */
export type PadSummary = { position: number; title: string; language: CodeLanguage; text: string; updates: number };

export type PadAuthorKind = "candidate" | "interviewer";

/** One step of a pad's playback: a stored update as the text change it made. */
export type PadStep = {
  at: string;
  author: PadAuthorKind;
  /** The interviewer's name; absent for the candidate. */
  name?: string;
  /** Quill-style delta on the text: retain, insert, delete. */
  delta: Array<{ retain: number } | { insert: string } | { delete: number }>;
};

export type PadHistory = { language: CodeLanguage; steps: PadStep[] };
