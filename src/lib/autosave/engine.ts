// The one autosave engine: cockpit notes, the scorecard draft and practice answers all save as
// the user types through it. Framework-free (React sits on top in ./use-autosave.ts), so its
// guarantees are unit-tested with fake timers:
// - debounced, then one request in flight at a time and in order: a slow early save never lands
//   after a later one, and every save names the server state (`base`) it was edited from;
// - a failed send is retried with capped backoff, and at once when the browser is back online;
// - every edit the server has not acknowledged is kept in the browser (../unsent-edits.ts) and on
//   the next visit is forgotten, resent or shown as a conflict (docs/decisions/0006-offline-edits.md);
// - a change made elsewhere meanwhile is shown as a conflict, never saved over silently.
// A feature supplies only what differs: how to send, how to compare, how to merge a conflict.
import { browserEdits, restoreDecision, type UnsentEdits } from "../unsent-edits";
import { browserOnline } from "./page";
import { AUTOSAVE_TIMING, type AutosaveAdapter, type AutosaveOptions, type AutosaveState, type Pace, type SaveFailure, type SaveStatus, type Versioned } from "./types";

const DELAY: Record<Pace, number> = { typing: AUTOSAVE_TIMING.typingMs, choice: AUTOSAVE_TIMING.choiceMs, now: 0 };

const WAITING: ReadonlySet<SaveStatus> = new Set(["pending", "retrying", "offline"]);

export class Autosave<V> {
  private state: AutosaveState<V>;
  /** What the server acknowledged last; `state.base` names it. */
  private saved: V;
  private listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<unknown> | null = null;
  private failures = 0;
  private restored = false;
  private enabled: boolean;
  private readonly adapter: AutosaveAdapter<V>;
  private readonly key: string | null;
  private readonly store: UnsentEdits;
  private readonly online: () => boolean;
  private readonly keptConflictMessage: string;

  constructor(options: AutosaveOptions<V>) {
    this.state = { value: options.initial.value, base: options.initial.base, status: "saved", conflict: null, message: null, fieldErrors: {} };
    this.saved = options.initial.value;
    this.adapter = options.adapter;
    this.key = options.key;
    this.enabled = options.enabled ?? true;
    this.store = options.store ?? browserEdits();
    this.online = options.online ?? browserOnline;
    this.keptConflictMessage = options.keptConflictMessage;
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  get = () => this.state;

  /** Edits on screen that the server does not have yet and that the engine is still trying to send. */
  get waiting() {
    return this.enabled && WAITING.has(this.state.status);
  }

  private set(patch: Partial<AutosaveState<V>>) {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** What the server acknowledged last, and the base naming it: what the next save is edited from. */
  from(): Versioned<V> {
    return { value: this.saved, base: this.state.base };
  }

  /** Keeps what is on screen, with the base it is edited from, until the server has it. */
  private remember() {
    if (!this.key || !this.enabled) return;
    if (this.adapter.same(this.state.value, this.saved)) this.store.remove(this.key);
    else this.store.write(this.key, this.state.value, this.state.base);
  }

  /** Forgets the kept edit once `acked` is on the server; one another tab has since overwritten stays. */
  private forget(acked: V) {
    if (this.key) this.store.remove(this.key, acked, this.adapter.same);
  }

  private schedule(delay: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), delay);
  }

  private retryLater() {
    this.failures += 1;
    this.set({ status: this.online() ? "retrying" : "offline" });
    this.schedule(Math.min(AUTOSAVE_TIMING.maxRetryMs, AUTOSAVE_TIMING.firstRetryMs * 2 ** (this.failures - 1)));
  }

  /**
   * Once, after mount (the server render has no browser storage): an edit kept from an earlier
   * visit that already landed is forgotten; one still based on what the server sent is put back
   * and sent; one whose thing changed elsewhere since is shown as a conflict.
   */
  restore() {
    if (this.restored || !this.key) return;
    this.restored = true;
    if (!this.enabled) return this.store.remove(this.key); // e.g. a submitted scorecard supersedes them
    const server = this.from();
    const decision = restoreDecision(this.store.read<V>(this.key), server, this.adapter.same);
    if (decision.kind === "landed") this.store.remove(this.key);
    if (decision.kind === "resend") {
      this.set({ value: decision.value, status: this.online() ? "pending" : "offline" });
      this.schedule(0);
    }
    if (decision.kind === "conflict") {
      const mine = this.adapter.merge ? this.adapter.merge(decision.value, server.value) : decision.value;
      if (mine === null) return this.store.remove(this.key);
      this.set({ value: mine, status: "conflict", conflict: server, message: this.keptConflictMessage });
    }
  }

  /** Shows an edit at once and saves it at `pace`; in a conflict it is kept but not sent until resolved. */
  edit(update: V | ((value: V) => V), pace: Pace = "typing") {
    const value = typeof update === "function" ? (update as (value: V) => V)(this.state.value) : update;
    if (!this.enabled) return this.set({ value });
    const inConflict = this.state.status === "conflict";
    this.set({ value, status: inConflict ? "conflict" : this.online() ? "pending" : "offline", message: inConflict ? this.state.message : null });
    this.remember();
    if (!inConflict) this.schedule(DELAY[pace]);
  }

  /** Saves what is on screen now, after any save in flight; resolves when that save has settled. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    // Starts at once when nothing is in flight, so the value sent is the one on screen at this call.
    const run = this.inFlight ? this.inFlight.then(() => this.saveOnce()) : this.saveOnce();
    this.track(run);
    return run;
  }

  /**
   * Runs a request that stores the value by other means (submit, a practice step), after any save
   * in flight. The task reports its outcome with accept() or refuse(); edits still waiting
   * afterwards are saved next.
   */
  run<T>(task: () => Promise<T>): Promise<T> {
    clearTimeout(this.timer);
    const result = (this.inFlight ?? Promise.resolve()).then(task);
    this.track(result.finally(() => this.waiting && this.schedule(0)));
    return result;
  }

  private track(run: Promise<unknown>) {
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight = settled;
    void settled.then(() => {
      if (this.inFlight === settled) this.inFlight = null;
    });
  }

  private async saveOnce(): Promise<void> {
    clearTimeout(this.timer);
    const { value, status } = this.state;
    if (!this.enabled || status === "conflict") return;
    if (this.adapter.same(value, this.saved)) {
      this.forget(value);
      if (WAITING.has(status)) this.set({ status: "saved" });
      return;
    }
    // No network: wait for `online` (or the next retry) rather than fail a request.
    if (!this.online()) return this.retryLater();
    this.set({ status: "saving" });
    try {
      const stored = await this.adapter.send(value, this.from());
      this.failures = 0;
      this.saved = stored.value;
      if (this.adapter.same(this.state.value, value)) {
        // The server's copy, as it stores it (e.g. ticked items sorted).
        this.set({ value: stored.value, base: stored.base, status: "saved", message: null });
        this.forget(value);
      } else {
        // Typed on during the save: the kept edit is now based on the new revision; send it next.
        this.set({ base: stored.base, status: this.online() ? "pending" : "offline", message: null });
        this.remember();
        this.schedule(0);
      }
    } catch (error) {
      const failure = this.adapter.classify(error);
      // Another tab (or a keepalive save) already stored exactly this: nothing to resolve.
      if (failure.kind === "conflict" && failure.theirs && this.adapter.same(failure.theirs.value, this.state.value)) {
        this.saved = failure.theirs.value;
        this.set({ value: failure.theirs.value, base: failure.theirs.base, status: "saved", conflict: null, message: null });
        this.forget(failure.theirs.value);
      } else {
        this.refuse(failure);
      }
    }
  }

  /** Applies a failure: a conflict stops saving until resolved, a refusal is shown, anything else is retried. */
  refuse(failure: SaveFailure<V>) {
    if (failure.kind === "conflict") this.set({ status: "conflict", conflict: failure.theirs, message: failure.message });
    else if (failure.kind === "invalid") this.set({ status: "invalid", message: failure.message, fieldErrors: failure.fieldErrors ?? {} });
    else this.retryLater();
  }

  /** The server now holds `server`, stored by another request: it replaces what is on screen and what is kept. */
  accept(server: Versioned<V>) {
    clearTimeout(this.timer);
    this.saved = server.value;
    this.failures = 0;
    this.set({ value: server.value, base: server.base, status: "saved", conflict: null, message: null, fieldErrors: {} });
    if (this.key) this.store.remove(this.key);
  }

  /** Resolves a conflict: "mine" saves what is on screen over the other version, "theirs" takes it. */
  resolve(choice: "mine" | "theirs") {
    const theirs = this.state.conflict;
    if (!theirs) return;
    if (choice === "theirs") return this.accept(theirs);
    this.saved = theirs.value;
    this.set({ base: theirs.base, status: "pending", conflict: null, message: null });
    this.remember();
    void this.flush();
  }

  /** A newer version from the server (saved in another tab): taken unless edits are waiting here. */
  adopt(server: Versioned<V>) {
    const { status, base } = this.state;
    const newer = typeof server.base === "number" && typeof base === "number" ? server.base > base : server.base !== base;
    if (status !== "saved" || !newer) return;
    this.saved = server.value;
    this.set({ value: server.value, base: server.base });
  }

  /** Back online: send what waits at once instead of at the next backoff step. */
  retryNow() {
    if (!this.waiting) return;
    this.failures = 0;
    void this.flush();
  }

  /** Page hide: a last request that outlives the page where the feature has one (the kept copy stays until confirmed). */
  flushOnExit() {
    if (!this.waiting) return;
    if (!this.adapter.sendOnExit) return void this.flush();
    clearTimeout(this.timer);
    this.adapter.sendOnExit(this.state.value, this.from());
  }

  /** Turns autosave off (submitted) or on; while off, edits stay on screen and nothing is kept or sent. */
  setEnabled(enabled: boolean) {
    this.enabled = enabled;
    if (!enabled) clearTimeout(this.timer);
  }

  /** Puts the last saved value back on screen (an abandoned amendment). */
  revert() {
    this.set({ value: this.saved, status: "saved", message: null, fieldErrors: {} });
  }

  clearErrors() {
    this.set({ message: null, fieldErrors: {} });
  }

  /** Forgets the edit kept in this browser, whatever it holds (the user chose the saved version). */
  discardKept() {
    if (this.key) this.store.remove(this.key);
  }
}
