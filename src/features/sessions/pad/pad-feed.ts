import "server-only";
import { padEvents, type SessionChange } from "@/server/events";
import { log } from "@/server/log";
import { observeFanout } from "@/server/metrics";
import type { CodeLanguage } from "@/lib/code-languages";
import { readPad, readPresence } from "./reads";
import type { PadMessage } from "./types";

// Fans a pad's changes out to every stream of that pad on this instance, the way
// live/candidate-feed.ts does for sessions: a notification (ids only) triggers ONE read per pad,
// however many streams are open, and every stream gets the same message. All reads of one pad
// (a new stream's catch-up, a refresh after a notification) run one after another, so a stream
// never receives an older update after a newer one, and every stream's position only moves forward.

export type PadSink = {
  send(data: string, seq: number): void;
  sendTransient(data: string): void;
  close(): void;
};

type Member = { sink: PadSink; seq: number };

type Channel = {
  members: Set<Member>;
  unsubscribe: () => void;
  /** The read chain: every job of this pad waits for the previous one. */
  chain: Promise<void>;
  /** A refresh waiting to start; notifications arriving meanwhile fold into it (`since`: the earliest one's time). */
  queued: { meta: boolean; since: number | null } | null;
  /** The last update number every member has been sent (null until the first member attached). */
  seq: number | null;
  language: CodeLanguage | null;
};

const PRESENCE_FRESH_SECONDS = 30;
// A refresh re-sends cursors written this recently: overlap is harmless (an awareness entry with a
// clock a client already has is ignored) and covers a notification that waited behind a slow read.
const PRESENCE_WINDOW_SECONDS = 10;

const globalForFeed = globalThis as unknown as { probePadFeed?: Map<string, Channel> };
const channels = (globalForFeed.probePadFeed ??= new Map());

const encode = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

function enqueue(channel: Channel, job: () => Promise<void>): Promise<void> {
  const next = channel.chain.then(job).catch((error: unknown) => log.warn("pad: a pad read failed", { error }));
  channel.chain = next;
  return next;
}

async function refresh(sessionQuestionId: string, channel: Channel, meta: boolean, since: number | null): Promise<void> {
  if (channel.seq === null || channels.get(sessionQuestionId) !== channel) return;
  const read = await readPad(sessionQuestionId, channel.seq);
  if (read && read.head > channel.seq && read.update) {
    const seq = read.head;
    const payload = JSON.stringify({ seq, update: encode(read.update) } satisfies PadMessage);
    for (const member of channel.members) {
      if (member.seq >= seq) continue;
      member.sink.send(payload, seq);
      member.seq = seq;
    }
    channel.seq = seq;
    observeFanout("pad", since);
  }
  if (!meta) return;
  const transient: PadMessage = {};
  if (read?.language && read.language !== channel.language) {
    channel.language = read.language;
    transient.language = read.language;
  }
  const presence = await readPresence(sessionQuestionId, PRESENCE_WINDOW_SECONDS);
  if (presence.length) transient.presence = presence.map(encode);
  if (transient.language || transient.presence) {
    const payload = JSON.stringify(transient);
    for (const member of channel.members) member.sink.sendTransient(payload);
  }
}

function onChange(sessionQuestionId: string, channel: Channel, change: SessionChange) {
  // An update this channel has already read needs no read of its own.
  if (change.rev !== null && channel.seq !== null && change.rev <= channel.seq && !channel.queued) return;
  const meta = change.rev === null;
  if (channel.queued) {
    channel.queued.meta ||= meta;
    channel.queued.since ??= change.at ?? null;
    return;
  }
  const queuedJob = { meta, since: change.at ?? null };
  channel.queued = queuedJob;
  void enqueue(channel, () => {
    channel.queued = null;
    return refresh(sessionQuestionId, channel, queuedJob.meta, queuedJob.since);
  });
}

function detach(sessionQuestionId: string, member: Member) {
  const channel = channels.get(sessionQuestionId);
  if (!channel) return;
  channel.members.delete(member);
  if (channel.members.size === 0) {
    channel.unsubscribe();
    channels.delete(sessionQuestionId);
  }
}

/**
 * Adds a stream to its pad's channel and sends it the pad as it is after `after` (everything, for
 * a new editor). Returns the function that removes it.
 */
export async function attachPad(sessionQuestionId: string, after: number, sink: PadSink): Promise<() => void> {
  let channel = channels.get(sessionQuestionId);
  if (!channel) {
    const created: Channel = { members: new Set(), unsubscribe: () => undefined, chain: Promise.resolve(), queued: null, seq: null, language: null };
    created.unsubscribe = padEvents().subscribe(sessionQuestionId, (change) => onChange(sessionQuestionId, created, change));
    channels.set(sessionQuestionId, created);
    channel = created;
  }
  const member: Member = { sink, seq: after };
  const joined = channel;
  // Listening before reading: an update committed after this read is then certain to be heard.
  await padEvents().listening();
  await enqueue(joined, async () => {
    const read = await readPad(sessionQuestionId, after, { withPrompt: true });
    if (!read) return sink.close();
    const presence = await readPresence(sessionQuestionId, PRESENCE_FRESH_SECONDS);
    const first: PadMessage = { seq: read.head, language: read.language ?? "plaintext" };
    if (read.update) first.update = encode(read.update);
    if (presence.length) first.presence = presence.map(encode);
    sink.send(JSON.stringify(first), read.head);
    member.seq = read.head;
    // The first member sets where the channel stands; later ones are at or past it (reads are in order).
    if (joined.seq === null) joined.seq = read.head;
    joined.language ??= read.language;
    joined.members.add(member);
  });
  return () => detach(sessionQuestionId, member);
}

/** Open pad streams and pads on this instance (tests, diagnostics). */
export function padFeedStats(): { pads: number; streams: number } {
  let streams = 0;
  for (const channel of channels.values()) streams += channel.members.size;
  return { pads: channels.size, streams };
}
