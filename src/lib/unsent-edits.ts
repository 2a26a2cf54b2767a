// Edits typed but not yet acknowledged by the server, kept in the browser's localStorage so they
// outlive a lost connection, a closed tab or a server restart (docs/decisions/0006-offline-edits.md).
// One entry per user and thing (a note, a scorecard, a practice answer), holding the edited value
// and the server revision it was based on. The decisions are pure functions over a small Storage
// interface, so they are tested with a fake storage and no browser.

/** A server revision number, or (where the server keeps none) a fingerprint of the saved value. */
export type Base = number | string;

export type UnsentEdit<T> = { value: T; base: Base; at: number };

/** What a saver does with an entry it finds on load, given what the server just sent. */
export type Restore<T> =
  | { kind: "none" }
  | { kind: "landed" } // the server already holds this exact value (e.g. a keepalive save went through)
  | { kind: "resend"; value: T } // the server is still where the edit started: put it back and send it
  | { kind: "conflict"; value: T }; // the server moved on meanwhile: show both, never overwrite silently

export type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

export const PREFIX = "probe.unsent.v1:";
export const LIMITS = { maxAgeMs: 14 * 86_400_000, maxEntries: 100, maxChars: 1_000_000 };

export const editKey = (userId: string, kind: "note" | "scorecard" | "practice", ...parts: Array<string | number>) =>
  `${PREFIX}${userId}:${kind}:${parts.join(":")}`;

export function restoreDecision<T>(entry: UnsentEdit<T> | null, server: { base: Base; value: T }, same: (a: T, b: T) => boolean): Restore<T> {
  if (!entry) return { kind: "none" };
  if (same(entry.value, server.value)) return { kind: "landed" };
  return entry.base === server.base ? { kind: "resend", value: entry.value } : { kind: "conflict", value: entry.value };
}

type Stored = { key: string; at: number; size: number };

/**
 * Which entries to drop so the store stays bounded: anything older than the age limit or
 * unreadable, then the oldest beyond the count or size limit (the newest edits are worth most).
 */
export function entriesToDrop(entries: Array<Stored | { key: string; at: null; size: number }>, now: number, limits = LIMITS): string[] {
  const drop: string[] = [];
  const keep: Stored[] = [];
  for (const entry of entries) {
    if (entry.at === null || now - entry.at > limits.maxAgeMs) drop.push(entry.key);
    else keep.push(entry);
  }
  keep.sort((a, b) => b.at - a.at);
  let chars = 0;
  keep.forEach((entry, index) => {
    chars += entry.size;
    if (index >= limits.maxEntries || chars > limits.maxChars) drop.push(entry.key);
  });
  return drop;
}

function parse<T>(raw: string | null): UnsentEdit<T> | null {
  if (!raw) return null;
  try {
    const entry = JSON.parse(raw) as Partial<UnsentEdit<T>>;
    const baseOk = typeof entry.base === "number" || typeof entry.base === "string";
    return entry && typeof entry.at === "number" && baseOk && "value" in entry ? (entry as UnsentEdit<T>) : null;
  } catch {
    return null;
  }
}

export type UnsentEdits = ReturnType<typeof unsentEdits>;

export function unsentEdits(storage: StorageLike | null, now: () => number = Date.now, limits = LIMITS) {
  const ownKeys = () => {
    if (!storage) return [];
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(PREFIX)) keys.push(key);
    }
    return keys;
  };

  const stored = () =>
    ownKeys().map((key) => {
      const raw = storage?.getItem(key) ?? null;
      return { key, at: parse(raw)?.at ?? null, size: key.length + (raw?.length ?? 0) };
    });

  const prune = () => {
    for (const key of entriesToDrop(stored(), now(), limits)) storage?.removeItem(key);
  };

  /** Storage is full: drop our oldest other entry; false when there is none left to drop. */
  const makeRoom = (except: string) => {
    const oldest = stored()
      .filter((entry) => entry.key !== except)
      .sort((a, b) => (a.at ?? 0) - (b.at ?? 0))[0];
    if (oldest) storage?.removeItem(oldest.key);
    return !!oldest;
  };

  const read = <T>(key: string): UnsentEdit<T> | null => {
    const entry = parse<T>(storage?.getItem(key) ?? null);
    return entry && now() - entry.at <= limits.maxAgeMs ? entry : null;
  };

  return {
    read,

    /** Stores the edit; false when the browser refuses (storage full or disabled). */
    write<T>(key: string, value: T, base: Base): boolean {
      if (!storage) return false;
      const raw = JSON.stringify({ value, base, at: now() } satisfies UnsentEdit<T>);
      // Too big to keep at all: do not sacrifice the other entries for it.
      if (key.length + raw.length > limits.maxChars) return false;
      for (;;) {
        try {
          storage.setItem(key, raw);
          prune();
          return storage.getItem(key) === raw;
        } catch {
          if (!makeRoom(key)) return false; // quota: the newest edit is worth more than the oldest
        }
      }
    },

    /**
     * Forgets the entry once the server acknowledged `acked`; an entry another tab has since
     * overwritten with a different value stays. Without `acked`, forgets it unconditionally.
     */
    remove<T>(key: string, acked?: T, same?: (a: T, b: T) => boolean) {
      if (!storage) return;
      const entry = read<T>(key);
      if (entry && acked !== undefined && same && !same(entry.value, acked)) return;
      storage.removeItem(key);
    },

    /** Forgets every entry on this device (sign-out). */
    clear() {
      for (const key of ownKeys()) storage?.removeItem(key);
    },
  };
}

/** The store on this browser's localStorage; a no-op store where there is none (server, blocked storage). */
export function browserEdits(): UnsentEdits {
  let storage: StorageLike | null = null;
  try {
    storage = typeof window === "undefined" ? null : window.localStorage;
  } catch {
    storage = null; // some privacy modes throw on access
  }
  return unsentEdits(storage);
}

/** JSON with object keys sorted, so a value read back from a jsonb column compares equal to the one sent. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
