// Autosave for one interviewer's note on one question, kept outside React so a pending save
// survives moving to another question. Every save carries the revision it is based on; the
// server refuses a stale one (409) and the conflict is shown, never silently overwritten.
// Every edit is also kept in the browser (src/lib/unsent-edits.ts) until the server has it, so
// going offline, closing the tab or a server restart loses nothing.
import { ApiError } from "@/lib/api-client";
import { browserEdits, editKey, restoreDecision, type UnsentEdits } from "@/lib/unsent-edits";
import type { NoteView } from "../../types";
import { putNote } from "./api";

export type SaveStatus = "saved" | "pending" | "saving" | "offline" | "retrying" | "conflict" | "invalid";

export type NoteSnapshot = { note: NoteView; status: SaveStatus; conflict: NoteView | null; message: string | null };

type NoteFields = Omit<NoteView, "revision">;

export const TYPING_DELAY_MS = 600;
/** Retries back off from half a second to this, so a restarted server is picked up within seconds. */
export const MAX_RETRY_MS = 4000;

const fieldsOf = (note: NoteFields): NoteFields => ({
  rating: note.rating,
  notes: note.notes,
  heardWrongAnswers: [...new Set(note.heardWrongAnswers)].sort((a, b) => a - b),
  hintedProbes: [...new Set(note.hintedProbes)].sort((a, b) => a - b),
});

/** Same content, whatever the order of the ticked items (the server stores them sorted). */
export const sameNote = (a: NoteFields, b: NoteFields) => JSON.stringify(fieldsOf(a)) === JSON.stringify(fieldsOf(b));

export type NoteSyncOptions = {
  /** Keys the kept edits per user; without it nothing is kept in the browser. */
  userId?: string;
  store?: UnsentEdits;
  send?: (sessionId: string, position: number, note: NoteView) => Promise<NoteView>;
  online?: () => boolean;
};

export class NoteSync {
  private snapshot: NoteSnapshot;
  private listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving = false;
  private edits = 0;
  private failures = 0;
  private restored = false;
  private readonly key: string | null;
  private readonly store: UnsentEdits;
  private readonly send: NonNullable<NoteSyncOptions["send"]>;
  private readonly online: () => boolean;

  constructor(
    private readonly sessionId: string,
    private readonly position: number,
    initial: NoteView,
    options: NoteSyncOptions = {},
  ) {
    this.snapshot = { note: initial, status: "saved", conflict: null, message: null };
    this.key = options.userId ? editKey(options.userId, "note", sessionId, position) : null;
    this.store = options.store ?? browserEdits();
    this.send = options.send ?? putNote;
    this.online = options.online ?? (() => typeof navigator === "undefined" || navigator.onLine !== false);
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get = () => this.snapshot;

  private set(patch: Partial<NoteSnapshot>) {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  get dirty() {
    return this.snapshot.status !== "saved";
  }

  /** Keeps the note on screen, with the revision it is based on, in the browser until it is saved. */
  private remember() {
    if (this.key) this.store.write(this.key, fieldsOf(this.snapshot.note), this.snapshot.note.revision);
  }

  private forget(acked?: NoteFields) {
    if (this.key) this.store.remove(this.key, acked && fieldsOf(acked), sameNote);
  }

  /**
   * Once, after mount (the server render has no browser storage): an edit kept from an earlier
   * visit that the server does not have yet is put back and sent, or shown as a conflict when
   * the note changed elsewhere since that edit began.
   */
  restore() {
    if (this.restored || !this.key) return;
    this.restored = true;
    const server = this.snapshot.note;
    const decision = restoreDecision<NoteFields>(this.store.read(this.key), { base: server.revision, value: server }, sameNote);
    if (decision.kind === "landed") this.forget();
    if (decision.kind === "resend") {
      this.set({ note: { ...decision.value, revision: server.revision }, status: this.online() ? "pending" : "offline" });
      this.schedule(0);
    }
    if (decision.kind === "conflict") {
      this.set({
        note: { ...decision.value, revision: server.revision },
        status: "conflict",
        conflict: server,
        message: "Kept on this device from an earlier visit; the note changed elsewhere since",
      });
    }
  }

  /** Applies an edit at once on screen and saves it after `delay` ms of quiet. */
  edit(patch: Partial<NoteFields>, delay = TYPING_DELAY_MS) {
    this.edits += 1;
    const status = this.snapshot.status === "conflict" ? "conflict" : this.online() ? "pending" : "offline";
    this.set({ note: { ...this.snapshot.note, ...patch }, status, message: null });
    this.remember();
    if (status !== "conflict") this.schedule(delay);
  }

  private schedule(delay: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  private retryLater() {
    this.failures += 1;
    this.set({ status: this.online() ? "retrying" : "offline", message: null });
    this.schedule(Math.min(MAX_RETRY_MS, 500 * 2 ** (this.failures - 1)));
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.saving || this.snapshot.status === "saved" || this.snapshot.status === "conflict") return;
    // No network: wait (the `online` event calls retryNow) rather than fail a request.
    if (!this.online()) return this.retryLater();
    this.saving = true;
    const editsAtSend = this.edits;
    this.set({ status: "saving" });
    try {
      const saved = await this.send(this.sessionId, this.position, this.snapshot.note);
      this.failures = 0;
      const changedMeanwhile = this.edits !== editsAtSend;
      this.set({
        note: changedMeanwhile ? { ...this.snapshot.note, revision: saved.revision } : saved,
        status: changedMeanwhile ? "pending" : "saved",
      });
      if (changedMeanwhile) {
        this.remember(); // the kept edit is now based on the new revision
        this.schedule(0);
      } else {
        this.forget(saved);
      }
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        const current = (error.current as NoteView | undefined) ?? null;
        // Another tab (or an earlier keepalive save) already stored exactly this: nothing to resolve.
        if (current && sameNote(current, this.snapshot.note)) {
          this.set({ note: current, status: "saved", conflict: null, message: null });
          this.forget(current);
        } else {
          this.set({ status: "conflict", conflict: current, message: error.message });
        }
      } else if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
        this.set({ status: "invalid", message: error.message });
      } else {
        this.retryLater();
      }
    } finally {
      this.saving = false;
    }
  }

  /** Back online: send what waits at once instead of at the next backoff step. */
  retryNow() {
    const { status } = this.snapshot;
    if (status !== "pending" && status !== "retrying" && status !== "offline") return;
    this.failures = 0;
    void this.flush();
  }

  /** A newer note from the server (another tab saved): take it unless we hold unsaved edits. */
  adopt(server: NoteView) {
    if (this.snapshot.status === "saved" && server.revision > this.snapshot.note.revision) this.set({ note: server });
  }

  /** Resolves a conflict by keeping our text (saved over theirs) or taking theirs. */
  resolve(choice: "mine" | "theirs") {
    const theirs = this.snapshot.conflict;
    if (!theirs) return;
    if (choice === "theirs") {
      this.set({ note: theirs, status: "saved", conflict: null, message: null });
      this.forget();
      return;
    }
    this.set({ note: { ...this.snapshot.note, revision: theirs.revision }, status: "pending", conflict: null, message: null });
    this.remember();
    void this.flush();
  }

  /** Last chance on page hide: a keepalive request outlives the page (the kept copy stays until confirmed). */
  flushOnExit() {
    const { status } = this.snapshot;
    if (status !== "pending" && status !== "retrying" && status !== "offline") return;
    clearTimeout(this.timer);
    void putNote(this.sessionId, this.position, this.snapshot.note, { keepalive: true }).catch(() => undefined);
  }
}
