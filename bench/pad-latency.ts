// The code pad under load: N pads typed into at once, half by candidates and half by
// interviewers, each keystroke a real Yjs update sent the way the editor sends it (one request at
// a time per editor; keystrokes typed while one is in flight are merged into the next). Measured:
// from the keystroke to the moment the other side's pad stream delivered an update that, applied
// to that side's document, contains it.
import * as Y from "yjs";
import { typist } from "../src/features/sessions/pad/testing/typist";
import type { PadMessage } from "../src/features/sessions/pad/types";
import { openStream, type Stream } from "./lib/sse";
import { percentiles, seededRandom, type Percentiles } from "./lib/stats";
import type { LiveSession } from "./sync-latency";

export type PadLatency = Percentiles & { pads: number; keysPerPad: number; keysPerSecondPerPad: number; samples: number; errors: number };

async function post(url: string, body: unknown, cookie?: string): Promise<number> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", origin: new URL(url).origin, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  return response.status;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function measurePadLatency(baseUrl: string, cookie: string, sessions: LiveSession[], { keysPerPad = 40, keysPerSecond = 4 } = {}): Promise<PadLatency> {
  const random = seededRandom(17);
  const samples: number[] = [];
  let errors = 0;
  const streams: Stream[] = [];
  const pads = await Promise.all(
    sessions.map(async (session, i) => {
      const candidateTypes = i % 2 === 0;
      const base = candidateTypes ? `${baseUrl}/api/live/${session.token}/pads/0` : `${baseUrl}/api/sessions/${session.id}/pads/0`;
      const otherSide = candidateTypes ? `${baseUrl}/api/sessions/${session.id}/pads/0/events` : `${baseUrl}/api/live/${session.token}/pads/0/events`;
      const sentAt: number[] = [];
      const mirror = new Y.Doc();
      let opened = false;
      const stream = await openStream(otherSide, candidateTypes ? { cookie } : {}, (data, at) => {
        const message = JSON.parse(data) as PadMessage;
        opened = true;
        if (!message.update) return;
        const before = mirror.getText("code").length;
        Y.applyUpdate(mirror, Buffer.from(message.update, "base64"));
        // Keystroke k is the (k+1)th character: every character that arrived now was typed at sentAt[k].
        for (let k = before; k < mirror.getText("code").length; k++) if (sentAt[k] !== undefined) samples.push(at - sentAt[k]!);
      });
      streams.push(stream);
      while (!opened) await sleep(20);
      return { updatesUrl: `${base}/updates`, asPanel: !candidateTypes, sentAt };
    }),
  );

  const typeInto = async (pad: (typeof pads)[number]) => {
    const writer = typist();
    let pending: Uint8Array[] = [];
    let sending: Promise<void> | null = null;
    const send = async () => {
      while (pending.length) {
        const update = Y.mergeUpdates(pending);
        pending = [];
        const status = await post(pad.updatesUrl, { update: Buffer.from(update).toString("base64") }, pad.asPanel ? cookie : undefined);
        if (status !== 200) errors += 1;
      }
      sending = null;
    };
    await sleep(random() * 1000);
    for (let k = 0; k < keysPerPad; k++) {
      pad.sentAt[k] = performance.now();
      pending.push(Buffer.from(writer.type(String.fromCharCode(97 + (k % 26))), "base64"));
      sending ??= send();
      // A typist's rhythm: the mean interval, give or take half of it.
      await sleep((1000 / keysPerSecond) * (0.5 + random()));
    }
    await sending;
  };
  await Promise.all(pads.map(typeInto));
  // Let the last updates arrive.
  const expected = pads.length * keysPerPad;
  const deadline = Date.now() + 10_000;
  while (samples.length < expected && Date.now() < deadline) await sleep(50);
  for (const stream of streams) stream.close();
  if (samples.length < expected) errors += expected - samples.length;
  return { ...percentiles(samples), pads: pads.length, keysPerPad, keysPerSecondPerPad: keysPerSecond, samples: samples.length, errors };
}
