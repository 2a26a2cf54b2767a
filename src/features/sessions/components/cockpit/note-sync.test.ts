import { describe, expect, it, vi } from "vitest";
import { ApiError } from "@/lib/api-client";
import { AUTOSAVE_TIMING } from "@/lib/autosave/types";
import { FakeStorage } from "@/lib/testing/fake-storage";
import { withFakeTimers } from "@/lib/testing/fake-timers";
import { editKey, unsentEdits } from "@/lib/unsent-edits";
import type { NoteView } from "../../types";
import { noteSync, type NoteFields } from "./note-sync";

const blank: NoteView = { rating: null, notes: "", heardWrongAnswers: [], hintedProbes: [], revision: 0 };
const KEY = editKey("me", "note", "s1", 0);
const MAX_RETRY_MS = AUTOSAVE_TIMING.maxRetryMs;
const fields = ({ revision: _revision, ...rest }: NoteView): NoteFields => rest;
/** An edit to some of the note's fields, as the cockpit makes them. */
const set = (patch: Partial<NoteFields>) => (note: NoteFields) => ({ ...note, ...patch });

/** A note autosave on a fake browser storage, a switchable network and a recording fake server. */
function setup(initial: NoteView = blank, storage = new FakeStorage()) {
  const network = { online: true };
  const server = { note: initial, fail: null as Error | null };
  const sent: NoteView[] = [];
  const send = vi.fn(async (_session: string, _position: number, note: NoteView) => {
    sent.push(note);
    if (server.fail) throw server.fail;
    server.note = { ...note, revision: note.revision + 1 };
    return server.note;
  });
  const store = unsentEdits(storage);
  const sync = noteSync("s1", 0, initial, { userId: "me", store, send, online: () => network.online });
  return { sync, network, server, sent, send, store, storage };
}

withFakeTimers();

describe("note autosave offline and online", () => {
  it("keeps edits made offline on the device without trying the network, and sends them all on reconnect", async () => {
    const { sync, network, send, store } = setup();
    network.online = false;
    sync.edit(set({ notes: "first" }));
    sync.edit(set({ rating: 3 }), "choice");
    sync.edit(set({ notes: "first and second" }));
    expect(sync.get().status).toBe("offline");
    await vi.advanceTimersByTimeAsync(30_000);
    expect(send).not.toHaveBeenCalled();
    expect(sync.get().status).toBe("offline");
    expect(store.read(KEY)).toMatchObject({ value: { notes: "first and second", rating: 3 }, base: 0 });

    network.online = true;
    sync.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(1);
    expect(sync.get()).toMatchObject({ status: "saved", value: { notes: "first and second", rating: 3 }, base: 1 });
    expect(store.read(KEY)).toBeNull();
  });

  it("retries a server that is down with backoff that tops out at a few seconds", async () => {
    const { sync, server, send } = setup();
    server.fail = new TypeError("fetch failed");
    sync.edit(set({ notes: "during the restart" }), "now");
    await vi.advanceTimersByTimeAsync(0);
    expect(sync.get().status).toBe("retrying");
    await vi.advanceTimersByTimeAsync(60_000);
    const calls = send.mock.calls.length;
    await vi.advanceTimersByTimeAsync(MAX_RETRY_MS);
    expect(send.mock.calls.length).toBe(calls + 1);
    expect(MAX_RETRY_MS).toBeLessThanOrEqual(5000);

    server.fail = null;
    await vi.advanceTimersByTimeAsync(MAX_RETRY_MS);
    expect(sync.get()).toMatchObject({ status: "saved", value: { notes: "during the restart" } });
  });

  it("re-bases the kept edit on the new revision when typing continued during a save", async () => {
    const { sync, store, sent } = setup();
    sync.edit(set({ notes: "a" }));
    const saving = sync.flush();
    sync.edit(set({ notes: "ab" }));
    await saving;
    expect(sent.map((n) => n.notes)).toEqual(["a"]);
    expect(store.read(KEY)).toMatchObject({ value: { notes: "ab" }, base: 1 });
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((n) => [n.notes, n.revision])).toEqual([["a", 0], ["ab", 1]]);
    expect(store.read(KEY)).toBeNull();
  });

  it("treats a 409 whose current note equals ours as saved (another tab sent the same kept edit)", async () => {
    const { sync, send, store } = setup();
    const current = { ...blank, notes: "same", revision: 4 };
    send.mockRejectedValueOnce(new ApiError(409, "CONFLICT", "changed", undefined, current));
    sync.edit(set({ notes: "same" }), "now");
    await vi.advanceTimersByTimeAsync(0);
    expect(sync.get()).toMatchObject({ status: "saved", value: { ...fields(blank), notes: "same" }, base: 4 });
    expect(store.read(KEY)).toBeNull();
  });
});

describe("note autosave restore after a closed tab", () => {
  it("puts back and sends an edit the server does not have", async () => {
    const storage = new FakeStorage();
    unsentEdits(storage).write(KEY, { ...blank, notes: "typed before the tab closed", rating: 2 }, 0);
    const { sync, sent, store } = setup(blank, storage);
    sync.restore();
    expect(sync.get().value.notes).toBe("typed before the tab closed");
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([{ ...blank, notes: "typed before the tab closed", rating: 2, revision: 0 }]);
    expect(sync.get().status).toBe("saved");
    expect(store.read(KEY)).toBeNull();
  });

  it("forgets an edit that already landed (the keepalive save went through)", async () => {
    const storage = new FakeStorage();
    unsentEdits(storage).write(KEY, { ...blank, notes: "landed", hintedProbes: [2, 0] }, 3);
    const { sync, send, store } = setup({ ...blank, notes: "landed", hintedProbes: [0, 2], revision: 4 }, storage);
    sync.restore();
    await vi.advanceTimersByTimeAsync(1000);
    expect(send).not.toHaveBeenCalled();
    expect(sync.get().status).toBe("saved");
    expect(store.read(KEY)).toBeNull();
  });

  it("shows a conflict when the note changed elsewhere since the kept edit began; keeping mine saves over it", async () => {
    const storage = new FakeStorage();
    unsentEdits(storage).write(KEY, { ...blank, notes: "mine, typed offline" }, 1);
    const theirs = { ...blank, notes: "theirs, saved later", revision: 2 };
    const { sync, sent, store } = setup(theirs, storage);
    sync.restore();
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual([]);
    expect(sync.get()).toMatchObject({ status: "conflict", conflict: { value: fields(theirs), base: 2 }, value: { notes: "mine, typed offline" } });
    expect(store.read(KEY)).not.toBeNull();

    sync.resolve("mine");
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([{ ...blank, notes: "mine, typed offline", revision: 2 }]);
    expect(sync.get().status).toBe("saved");
    expect(store.read(KEY)).toBeNull();
  });

  it("taking the other version forgets the kept edit", () => {
    const storage = new FakeStorage();
    unsentEdits(storage).write(KEY, { ...blank, notes: "mine" }, 1);
    const { sync, store } = setup({ ...blank, notes: "theirs", revision: 2 }, storage);
    sync.restore();
    sync.resolve("theirs");
    expect(sync.get()).toMatchObject({ status: "saved", value: { notes: "theirs" } });
    expect(store.read(KEY)).toBeNull();
  });
});
