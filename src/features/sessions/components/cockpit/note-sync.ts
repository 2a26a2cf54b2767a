// Autosave for one interviewer's note on one question, kept outside React so a pending save
// survives moving to another question. Every save carries the revision it is based on; the
// server refuses a stale one (409) and the conflict is shown, never silently overwritten.
import type { NoteView } from "../../types";
import { ApiError, noteUrl, putNote } from "./api";

export type SaveStatus = "saved" | "pending" | "saving" | "retrying" | "conflict" | "invalid";

export type NoteSnapshot = { note: NoteView; status: SaveStatus; conflict: NoteView | null; message: string | null };

export const TYPING_DELAY_MS = 600;

export class NoteSync {
  private snapshot: NoteSnapshot;
  private listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving = false;
  private edits = 0;
  private failures = 0;

  constructor(
    private readonly sessionId: string,
    private readonly position: number,
    initial: NoteView,
  ) {
    this.snapshot = { note: initial, status: "saved", conflict: null, message: null };
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

  /** Applies an edit at once on screen and saves it after `delay` ms of quiet. */
  edit(patch: Partial<Omit<NoteView, "revision">>, delay = TYPING_DELAY_MS) {
    this.edits += 1;
    const status = this.snapshot.status === "conflict" ? "conflict" : "pending";
    this.set({ note: { ...this.snapshot.note, ...patch }, status, message: null });
    if (status !== "conflict") this.schedule(delay);
  }

  private schedule(delay: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.saving || this.snapshot.status === "saved" || this.snapshot.status === "conflict") return;
    this.saving = true;
    const editsAtSend = this.edits;
    this.set({ status: "saving" });
    try {
      const saved = await putNote(this.sessionId, this.position, this.snapshot.note);
      this.failures = 0;
      const changedMeanwhile = this.edits !== editsAtSend;
      this.set({
        note: changedMeanwhile ? { ...this.snapshot.note, revision: saved.revision } : saved,
        status: changedMeanwhile ? "pending" : "saved",
      });
      if (changedMeanwhile) this.schedule(0);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        const current = (error.body as { current?: NoteView } | null)?.current ?? null;
        this.set({ status: "conflict", conflict: current, message: error.message });
      } else if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
        this.set({ status: "invalid", message: error.message });
      } else {
        this.failures += 1;
        this.set({ status: "retrying", message: null });
        this.schedule(Math.min(10_000, 1000 * 2 ** (this.failures - 1)));
      }
    } finally {
      this.saving = false;
    }
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
      return;
    }
    this.set({ note: { ...this.snapshot.note, revision: theirs.revision }, status: "pending", conflict: null, message: null });
    void this.flush();
  }

  /** Last chance on page hide: a keepalive request outlives the page. */
  flushOnExit() {
    if (this.snapshot.status !== "pending" && this.snapshot.status !== "retrying") return;
    clearTimeout(this.timer);
    void fetch(noteUrl(this.sessionId, this.position), {
      method: "PUT",
      keepalive: true,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(this.snapshot.note),
    }).catch(() => undefined);
  }
}
