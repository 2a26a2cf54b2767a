import "server-only";
import * as Y from "yjs";
import type { Tx } from "@/server/db";

// The documents this instance has recently written to, in memory, each with the update number it
// holds. A write checks its update against the whole document (does it apply cleanly, how long is
// the text now) without reloading the pad: under the pad's row lock it reads only the updates other
// instances stored since, so instances stay stateless. Writes to one pad are also queued here in
// process, so a document is never touched by two writes at once; any failure forgets it.

type Entry = { doc: Y.Doc; seq: number };

const MAX_DOCS = 300;
const globalForDocs = globalThis as unknown as { probePadDocs?: Map<string, Entry>; probePadQueues?: Map<string, Promise<unknown>> };
const docs = (globalForDocs.probePadDocs ??= new Map());
const queues = (globalForDocs.probePadQueues ??= new Map());

/** Runs `work` after every earlier call with the same key has settled. */
export function queued<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(work, work);
  const tail = next.catch(() => undefined);
  queues.set(key, tail);
  void tail.then(() => {
    if (queues.get(key) === tail) queues.delete(key);
  });
  return next;
}

type PadHead = { id: string; headSeq: number; snapshotSeq: number };

/** The pad's document at `pad.headSeq`, from memory when possible, else from its snapshot and tail. */
export async function documentAt(tx: Tx, pad: PadHead): Promise<Entry> {
  let entry = docs.get(pad.id);
  if (entry && entry.seq > pad.headSeq) entry = undefined; // the database went back (tests reset it)
  if (!entry) {
    const doc = new Y.Doc();
    const row = await tx.codePad.findUnique({ where: { id: pad.id }, select: { snapshot: true } });
    if (row?.snapshot) Y.applyUpdate(doc, row.snapshot);
    entry = { doc, seq: row?.snapshot ? pad.snapshotSeq : 0 };
  }
  if (entry.seq < pad.headSeq) {
    const tail = await tx.codePadUpdate.findMany({
      where: { padId: pad.id, seq: { gt: entry.seq, lte: pad.headSeq } },
      orderBy: { seq: "asc" },
      select: { data: true },
    });
    Y.transact(entry.doc, () => {
      for (const update of tail) Y.applyUpdate(entry!.doc, update.data);
    });
    entry.seq = pad.headSeq;
  }
  docs.delete(pad.id);
  docs.set(pad.id, entry);
  if (docs.size > MAX_DOCS) {
    const [oldest, dropped] = docs.entries().next().value!;
    docs.delete(oldest);
    dropped.doc.destroy();
  }
  return entry;
}

export function forgetDocument(padId: string): void {
  docs.get(padId)?.doc.destroy();
  docs.delete(padId);
}

/** For tests: documents held. */
export function cachedDocuments(): number {
  return docs.size;
}
