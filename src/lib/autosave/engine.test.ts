// What the autosave engine guarantees to every form on it (notes, scorecards, practice answers),
// shown on a plain text value. The features' own adapters are tested next to them.
import { describe, expect, it, vi } from "vitest";
import { withFakeTimers } from "../testing/fake-timers";
import { FakeStorage } from "../testing/fake-storage";
import { unsentEdits } from "../unsent-edits";
import { Autosave } from "./engine";
import { AUTOSAVE_TIMING, type AutosaveAdapter, type SaveFailure, type Versioned } from "./types";

const KEY = "probe.unsent.v1:me:note:s:0";

class Refused extends Error {
  constructor(readonly failure: SaveFailure<string>) {
    super("refused");
  }
}

/** A server holding one text at a revision; each save answers after `delayMs` unless told to fail. */
function fakeServer(initial: Versioned<string> = { value: "", base: 0 }) {
  const server = { held: initial, delayMs: 0, fail: null as Error | null, sent: [] as Array<{ value: string; base: unknown }> };
  const send = vi.fn(async (value: string, from: Versioned<string>) => {
    server.sent.push({ value, base: from.base });
    if (server.delayMs) await new Promise((resolve) => setTimeout(resolve, server.delayMs));
    if (server.fail) throw server.fail;
    server.held = { value, base: Number(server.held.base) + 1 };
    return server.held;
  });
  return { server, send };
}

function setup({ initial = { value: "", base: 0 } as Versioned<string>, storage = new FakeStorage(), adapter = {} as Partial<AutosaveAdapter<string>>, enabled = true } = {}) {
  const { server, send } = fakeServer(initial);
  const network = { online: true };
  const store = unsentEdits(storage);
  const engine = new Autosave<string>({
    initial,
    key: KEY,
    keptConflictMessage: "Kept here; changed elsewhere since",
    store,
    enabled,
    online: () => network.online,
    adapter: {
      send,
      same: (a, b) => a === b,
      classify: (error) => (error instanceof Refused ? error.failure : { kind: "retry" }),
      ...adapter,
    },
  });
  return { engine, server, send, network, store, storage };
}

withFakeTimers();

describe("saving as the user types", () => {
  it("waits for a pause in typing, a moment after a click, and not at all after a step", async () => {
    const { engine, send } = setup();
    for (const text of ["h", "he", "hel", "hello"]) {
      engine.edit(text);
      await vi.advanceTimersByTimeAsync(AUTOSAVE_TIMING.typingMs - 100);
    }
    expect(send).not.toHaveBeenCalled();
    expect(engine.get().status).toBe("pending");
    await vi.advanceTimersByTimeAsync(100);
    expect(send.mock.calls.map(([value]) => value)).toEqual(["hello"]);

    engine.edit("hello!", "choice");
    await vi.advanceTimersByTimeAsync(AUTOSAVE_TIMING.choiceMs);
    engine.edit("hello!?", "now");
    await vi.advanceTimersByTimeAsync(0);
    expect(send.mock.calls.map(([value]) => value)).toEqual(["hello", "hello!", "hello!?"]);
    expect(engine.get()).toMatchObject({ status: "saved", value: "hello!?", base: 3 });
    expect(AUTOSAVE_TIMING).toMatchObject({ typingMs: 600, maxRetryMs: 4000 });
  });

  it("keeps one request in flight, in order, each based on what the one before stored", async () => {
    const { engine, server, send, store } = setup();
    server.delayMs = 3000; // a slow server
    engine.edit("one", "now");
    await vi.advanceTimersByTimeAsync(0);
    engine.edit("one two", "now");
    engine.edit("one two three", "now");
    await vi.advanceTimersByTimeAsync(1000);
    expect(send).toHaveBeenCalledTimes(1); // the later edits wait for the first save to answer
    expect(engine.get().status).toBe("pending");
    expect(store.read(KEY)).toMatchObject({ value: "one two three", base: 0 });

    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.sent).toEqual([
      { value: "one", base: 0 },
      { value: "one two three", base: 1 },
    ]);
    expect(server.held).toEqual({ value: "one two three", base: 2 });
    expect(engine.get()).toMatchObject({ status: "saved", value: "one two three", base: 2 });
    expect(store.read(KEY)).toBeNull();
  });

  it("shows the server's copy of what it stored once nothing newer was typed", async () => {
    const { engine } = setup({ adapter: { send: async (value) => ({ value: value.trim(), base: 1 }), same: (a, b) => a.trim() === b.trim() } });
    engine.edit("  spaced  ", "now");
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.get()).toMatchObject({ status: "saved", value: "spaced", base: 1 });
  });

  it("sends nothing when the text is back to what the server holds, and forgets the kept copy", async () => {
    const { engine, send, store } = setup({ initial: { value: "saved", base: 4 } });
    engine.edit("saved and more");
    expect(store.read(KEY)).not.toBeNull();
    engine.edit("saved");
    expect(store.read(KEY)).toBeNull();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_TIMING.typingMs);
    expect(send).not.toHaveBeenCalled();
    expect(engine.get().status).toBe("saved");
  });
});

describe("when saving fails", () => {
  it("retries with backoff from half a second, capped at four seconds", async () => {
    const { engine, server, send } = setup();
    server.fail = new TypeError("fetch failed");
    engine.edit("during the outage", "now");
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.get().status).toBe("retrying");
    const gaps: number[] = [];
    let last = Date.now();
    send.mockImplementation(async () => {
      gaps.push(Date.now() - last);
      last = Date.now();
      throw new TypeError("fetch failed");
    });
    await vi.advanceTimersByTimeAsync(20_000);
    expect(gaps.slice(0, 6)).toEqual([500, 1000, 2000, 4000, 4000, 4000]);
  });

  it("waits offline without trying, and sends at once when the browser is back online", async () => {
    const { engine, network, send, store } = setup();
    network.online = false;
    engine.edit("typed on a train");
    expect(engine.get().status).toBe("offline");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).not.toHaveBeenCalled();
    expect(engine.get().status).toBe("offline");
    expect(store.read(KEY)).toMatchObject({ value: "typed on a train", base: 0 });

    network.online = true;
    engine.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(1);
    expect(engine.get()).toMatchObject({ status: "saved", base: 1 });
    expect(store.read(KEY)).toBeNull();
  });

  it("shows a refusal with its field errors and does not retry it; the next edit is sent", async () => {
    const { engine, send } = setup();
    send.mockRejectedValueOnce(new Refused({ kind: "invalid", message: "Too long", fieldErrors: { text: ["At most 5"] } }));
    engine.edit("far too long", "now");
    await vi.advanceTimersByTimeAsync(30_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(engine.get()).toMatchObject({ status: "invalid", message: "Too long", fieldErrors: { text: ["At most 5"] } });
    engine.edit("short", "now");
    expect(engine.get().message).toBeNull();
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.get()).toMatchObject({ status: "saved", value: "short" });
  });

  it("stops at a conflict, keeps later edits on the device unsent, and resolves either way", async () => {
    const { engine, send, store, server } = setup();
    send.mockRejectedValueOnce(new Refused({ kind: "conflict", message: "Changed elsewhere", theirs: { value: "theirs", base: 5 } }));
    engine.edit("mine", "now");
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.get()).toMatchObject({ status: "conflict", conflict: { value: "theirs", base: 5 }, message: "Changed elsewhere" });
    engine.edit("mine, more");
    await vi.advanceTimersByTimeAsync(30_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(engine.get()).toMatchObject({ status: "conflict", message: "Changed elsewhere" });
    expect(store.read(KEY)).toMatchObject({ value: "mine, more", base: 0 });

    server.held = { value: "theirs", base: 5 };
    engine.resolve("mine");
    await vi.advanceTimersByTimeAsync(0);
    expect(server.sent.at(-1)).toEqual({ value: "mine, more", base: 5 });
    expect(engine.get()).toMatchObject({ status: "saved", value: "mine, more", base: 6, conflict: null });
    expect(store.read(KEY)).toBeNull();
  });

  it("taking the other version puts it on screen and forgets the kept edit", async () => {
    const { engine, send, store } = setup();
    send.mockRejectedValueOnce(new Refused({ kind: "conflict", message: "Changed elsewhere", theirs: { value: "theirs", base: 5 } }));
    engine.edit("mine", "now");
    await vi.advanceTimersByTimeAsync(0);
    engine.resolve("theirs");
    expect(engine.get()).toMatchObject({ status: "saved", value: "theirs", base: 5, conflict: null });
    expect(store.read(KEY)).toBeNull();
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe("restoring what a closed tab kept", () => {
  const kept = (value: string, base: number, storage = new FakeStorage()) => {
    unsentEdits(storage).write(KEY, value, base);
    return storage;
  };

  it("does nothing when nothing was kept", async () => {
    const { engine, send } = setup();
    engine.restore();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(send).not.toHaveBeenCalled();
    expect(engine.get().status).toBe("saved");
  });

  it("forgets an edit that already landed", async () => {
    const { engine, send, store } = setup({ initial: { value: "landed", base: 3 }, storage: kept("landed", 2) });
    engine.restore();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(send).not.toHaveBeenCalled();
    expect(store.read(KEY)).toBeNull();
  });

  it("puts back and sends, once, an edit based on what the server still holds", async () => {
    const { engine, server, store } = setup({ initial: { value: "start", base: 3 }, storage: kept("start and more", 3) });
    engine.restore();
    engine.restore();
    expect(engine.get()).toMatchObject({ value: "start and more", status: "pending" });
    await vi.advanceTimersByTimeAsync(0);
    expect(server.sent).toEqual([{ value: "start and more", base: 3 }]);
    expect(store.read(KEY)).toBeNull();
  });

  it("shows a conflict, merged by the feature, when the thing changed elsewhere since; nothing is sent", async () => {
    const merge = vi.fn((mine: string, theirs: string) => `${mine} (over ${theirs})`);
    const { engine, send, store } = setup({ initial: { value: "theirs", base: 4 }, storage: kept("mine", 3), adapter: { merge } });
    engine.restore();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(merge).toHaveBeenCalledWith("mine", "theirs");
    expect(engine.get()).toMatchObject({ status: "conflict", value: "mine (over theirs)", conflict: { value: "theirs", base: 4 }, message: "Kept here; changed elsewhere since" });
    expect(send).not.toHaveBeenCalled();
    expect(store.read(KEY)).not.toBeNull();
  });

  it("drops a kept edit the feature says no longer applies", async () => {
    const { engine, store } = setup({ initial: { value: "theirs", base: 4 }, storage: kept("mine", 3), adapter: { merge: () => null } });
    engine.restore();
    expect(engine.get()).toMatchObject({ status: "saved", value: "theirs" });
    expect(store.read(KEY)).toBeNull();
  });

  it("forgets kept edits for a thing that takes no autosave any more, and keeps or sends nothing", async () => {
    const { engine, send, store } = setup({ initial: { value: "submitted", base: 9 }, storage: kept("late edit", 9), enabled: false });
    engine.restore();
    expect(store.read(KEY)).toBeNull();
    engine.edit("amending");
    await vi.advanceTimersByTimeAsync(10_000);
    expect(engine.get()).toMatchObject({ value: "amending", status: "saved" });
    expect(send).not.toHaveBeenCalled();
    expect(store.read(KEY)).toBeNull();
  });
});

describe("requests next to the autosave", () => {
  it("runs a task after the save in flight; accepting its result replaces what is on screen and kept", async () => {
    const { engine, server, store } = setup();
    server.delayMs = 2000;
    engine.edit("draft", "now");
    await vi.advanceTimersByTimeAsync(0);
    const order: string[] = [];
    const done = engine.run(async () => {
      order.push(`task after ${server.sent.length} save(s), server at ${server.held.base}`);
      engine.accept({ value: "committed", base: "fingerprint" });
      return "ok";
    });
    await vi.advanceTimersByTimeAsync(5000);
    await expect(done).resolves.toBe("ok");
    expect(order).toEqual(["task after 1 save(s), server at 1"]);
    expect(engine.get()).toMatchObject({ status: "saved", value: "committed", base: "fingerprint" });
    expect(store.read(KEY)).toBeNull();
  });

  it("saves edits still waiting once a task failed", async () => {
    const { engine, send } = setup();
    engine.edit("typed");
    await expect(engine.run(async () => Promise.reject(new TypeError("fetch failed")))).rejects.toThrow("fetch failed");
    await vi.advanceTimersByTimeAsync(0);
    expect(send.mock.calls.map(([value]) => value)).toEqual(["typed"]);
  });

  it("on page hide, hands what waits to the feature's last request, or else saves as usual", async () => {
    const sendOnExit = vi.fn();
    const withExit = setup({ adapter: { sendOnExit } });
    withExit.engine.flushOnExit();
    expect(sendOnExit).not.toHaveBeenCalled(); // nothing waits
    withExit.engine.edit("closing");
    withExit.engine.flushOnExit();
    expect(sendOnExit).toHaveBeenCalledWith("closing", { value: "", base: 0 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(withExit.send).not.toHaveBeenCalled();

    const plain = setup();
    plain.engine.edit("closing");
    plain.engine.flushOnExit();
    expect(plain.send).toHaveBeenCalledTimes(1);
  });

  it("adopts a newer version from elsewhere only while nothing waits here", async () => {
    const { engine } = setup({ initial: { value: "v1", base: 1 } });
    engine.adopt({ value: "v0", base: 0 });
    expect(engine.get().value).toBe("v1");
    engine.adopt({ value: "v2", base: 2 });
    expect(engine.get()).toMatchObject({ value: "v2", base: 2 });
    engine.edit("v2 edited");
    engine.adopt({ value: "v3", base: 3 });
    expect(engine.get().value).toBe("v2 edited");
  });

  it("keeps an entry another tab overwrote with newer text when this tab's save is acknowledged", async () => {
    const { engine, store } = setup();
    engine.edit("this tab", "now");
    store.write(KEY, "the other tab, newer", 0);
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.get().status).toBe("saved");
    expect(store.read(KEY)).toMatchObject({ value: "the other tab, newer" });
  });
});
