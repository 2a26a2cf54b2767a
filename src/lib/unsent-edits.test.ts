import { describe, expect, it } from "vitest";
import { FakeStorage } from "./testing/fake-storage";
import { editKey, entriesToDrop, LIMITS, PREFIX, restoreDecision, stableJson, unsentEdits } from "./unsent-edits";

const DAY = 86_400_000;
const same = (a: string, b: string) => a === b;

describe("restoreDecision", () => {
  it.each([
    ["nothing kept", null, { kind: "none" }],
    ["kept value already on the server", { value: "hello", base: 1, at: 0 }, { kind: "landed" }],
    ["server still at the edit's base", { value: "hello world", base: 3, at: 0 }, { kind: "resend", value: "hello world" }],
    ["server moved past the edit's base", { value: "hello world", base: 2, at: 0 }, { kind: "conflict", value: "hello world" }],
  ] as const)("%s", (_name, entry, expected) => {
    expect(restoreDecision(entry, { base: 3, value: "hello" }, same)).toEqual(expected);
  });

  it("compares fingerprint bases as strings", () => {
    expect(restoreDecision({ value: "b", base: '{"a":1}', at: 0 }, { base: '{"a":1}', value: "a" }, same).kind).toBe("resend");
    expect(restoreDecision({ value: "b", base: '{"a":1}', at: 0 }, { base: '{"a":2}', value: "a" }, same).kind).toBe("conflict");
  });
});

describe("entriesToDrop", () => {
  const now = 100 * DAY;
  it("drops unreadable entries and those older than the age limit", () => {
    const entries = [
      { key: "fresh", at: now - DAY, size: 10 },
      { key: "old", at: now - 15 * DAY, size: 10 },
      { key: "broken", at: null, size: 10 },
    ];
    expect(entriesToDrop(entries, now).sort()).toEqual(["broken", "old"]);
  });

  it("keeps the newest within the count and size limits", () => {
    const entries = [1, 2, 3, 4].map((n) => ({ key: `e${n}`, at: now - n, size: 10 }));
    expect(entriesToDrop(entries, now, { ...LIMITS, maxEntries: 2 })).toEqual(["e3", "e4"]);
    expect(entriesToDrop(entries, now, { ...LIMITS, maxChars: 35 })).toEqual(["e4"]);
  });
});

describe("unsentEdits on a storage", () => {
  const key = editKey("user-1", "note", "session-1", 0);

  it("writes, reads back and removes an edit, keyed per user and thing", () => {
    const storage = new FakeStorage();
    const store = unsentEdits(storage, () => 5 * DAY);
    expect(key).toBe(`${PREFIX}user-1:note:session-1:0`);
    expect(store.write(key, { notes: "typed" }, 2)).toBe(true);
    expect(store.read(key)).toEqual({ value: { notes: "typed" }, base: 2, at: 5 * DAY });
    expect(store.read(editKey("user-2", "note", "session-1", 0))).toBeNull();
    store.remove(key);
    expect(store.read(key)).toBeNull();
  });

  it("removes on acknowledgement only when the kept value is the one acknowledged", () => {
    const store = unsentEdits(new FakeStorage());
    store.write(key, "newer text from another tab", 1);
    store.remove(key, "older text", same);
    expect(store.read(key)?.value).toBe("newer text from another tab");
    store.remove(key, "newer text from another tab", same);
    expect(store.read(key)).toBeNull();
  });

  it("ignores expired and malformed entries", () => {
    const storage = new FakeStorage();
    let now = DAY;
    const store = unsentEdits(storage, () => now);
    store.write(key, "old", 1);
    now += 15 * DAY;
    expect(store.read(key)).toBeNull();
    storage.setItem(`${PREFIX}x`, "{not json");
    storage.setItem(`${PREFIX}y`, JSON.stringify({ value: 1 }));
    expect(store.read(`${PREFIX}x`)).toBeNull();
    expect(store.read(`${PREFIX}y`)).toBeNull();
    // The next write prunes all three.
    store.write(editKey("user-1", "practice", "run", 0), "new", "base");
    expect(storage.length).toBe(1);
  });

  it("drops the oldest to make room when storage is full, and reports a write that cannot fit", () => {
    const storage = new FakeStorage(520);
    let now = DAY;
    const store = unsentEdits(storage, () => now, { ...LIMITS, maxChars: 500 });
    const keys = [0, 1, 2].map((n) => editKey("u", "note", "s", n));
    for (const k of keys) {
      now += 1;
      expect(store.write(k, "x".repeat(60), 0)).toBe(true);
    }
    now += 1;
    storage.setItem("unrelated", "y".repeat(100)); // someone else's data is never touched
    expect(store.write(editKey("u", "note", "s", 3), "z".repeat(60), 0)).toBe(true);
    expect(store.read(keys[0]!)).toBeNull();
    expect(storage.getItem("unrelated")).not.toBeNull();
    // One edit too big to keep is refused without wiping the others.
    expect(store.write(editKey("u", "note", "s", 4), "w".repeat(1000), 0)).toBe(false);
    expect(keys.slice(1).map((k) => store.read(k)?.value)).toEqual(["x".repeat(60), "x".repeat(60)]);
    expect(store.read(editKey("u", "note", "s", 3))?.value).toBe("z".repeat(60));
  });

  it("clear forgets every kept edit and nothing else", () => {
    const storage = new FakeStorage();
    const store = unsentEdits(storage);
    store.write(key, "a", 0);
    store.write(editKey("user-2", "scorecard", "s"), "b", 0);
    storage.setItem("theme", "dark");
    store.clear();
    expect(storage.length).toBe(1);
    expect(storage.getItem("theme")).toBe("dark");
  });

  it("is a harmless no-op without storage", () => {
    const store = unsentEdits(null);
    expect(store.write(key, "a", 0)).toBe(false);
    expect(store.read(key)).toBeNull();
    expect(() => store.clear()).not.toThrow();
  });
});

describe("stableJson", () => {
  it("ignores key order, so a value read back from jsonb matches the one sent", () => {
    expect(stableJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: null } })).toBe(stableJson({ a: { c: null, d: [2, { x: 0, y: 1 }] }, b: 1 }));
    expect(stableJson({ a: [1, 2] })).not.toBe(stableJson({ a: [2, 1] }));
  });
});
