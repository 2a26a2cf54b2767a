// The autosave engine's vocabulary, shared by the engine (./engine.ts), the features' adapters
// and the status text every form shows.
import type { FieldErrors } from "../app-error";
import type { Base, UnsentEdits } from "../unsent-edits";

export type SaveStatus = "saved" | "pending" | "saving" | "offline" | "retrying" | "conflict" | "invalid";

export const AUTOSAVE_TIMING = {
  /** Quiet time after a keystroke before saving. */
  typingMs: 600,
  /** After a click (a rating, a tick box): soon, yet a quick second click still makes one save. */
  choiceMs: 150,
  /** Retries back off from this, doubling… */
  firstRetryMs: 500,
  /** …up to this, so a restarted server is picked up within seconds. */
  maxRetryMs: 4000,
} as const;

/** How soon an edit is saved: after typing stops, just after a click, or now (a step was taken). */
export type Pace = "typing" | "choice" | "now";

/** A value as the server holds it, with the revision (or a fingerprint, see unsent-edits) naming that state. */
export type Versioned<V> = { value: V; base: Base };

export type SaveFailure<V> =
  | { kind: "conflict"; message: string; theirs: Versioned<V> | null }
  | { kind: "invalid"; message: string; fieldErrors?: FieldErrors }
  | { kind: "retry" };

export type AutosaveAdapter<V> = {
  /** Saves `value`, edited from the server state `from`; resolves with what the server now holds. */
  send(value: V, from: Versioned<V>): Promise<Versioned<V>>;
  /** Same content: nothing to send, or an edit that already landed. */
  same(a: V, b: V): boolean;
  /** What a failed send (or a refused request made next to the engine) means. */
  classify(error: unknown): SaveFailure<V>;
  /** Lays an edit kept from an earlier visit over the newer `theirs` for the conflict screen; null drops it. */
  merge?(mine: V, theirs: V): V | null;
  /** A last request that outlives the closing page (fetch keepalive); without it, page hide saves as usual. */
  sendOnExit?(value: V, from: Versioned<V>): void;
};

export type AutosaveOptions<V> = {
  initial: Versioned<V>;
  adapter: AutosaveAdapter<V>;
  /** This thing's entry in the unsent-edits store (editKey); null keeps nothing in the browser. */
  key: string | null;
  /** Said when a kept edit meets a version saved elsewhere since it began. */
  keptConflictMessage: string;
  /** False where the thing takes no autosave (a submitted scorecard): edits then stay on screen only. */
  enabled?: boolean;
  store?: UnsentEdits;
  online?: () => boolean;
};

export type AutosaveState<V> = {
  value: V;
  /** The server state `value` is edited from. */
  base: Base;
  status: SaveStatus;
  /** In a conflict, the version saved elsewhere, when the server said what it is. */
  conflict: Versioned<V> | null;
  message: string | null;
  fieldErrors: FieldErrors;
};
