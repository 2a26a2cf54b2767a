// Live sync latency: from the moment an interviewer's action is sent to the moment the new state
// arrives on every candidate stream of that session.
import { openStream, type Stream } from "./lib/sse";
import { percentiles, type Percentiles } from "./lib/stats";

export type LiveSession = { id: string; token: string };

async function postJson(url: string, cookie: string, body: unknown) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", cookie, origin: new URL(url).origin }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

export async function createLiveSessions(baseUrl: string, cookie: string, questionIds: string[], count: number): Promise<LiveSession[]> {
  const sessions: LiveSession[] = [];
  for (let i = 0; i < count; i++) {
    const created = (await postJson(`${baseUrl}/api/sessions`, cookie, { candidateName: `Bench candidate ${i}`, questionIds })) as { id: string; joinUrl: string };
    const token = created.joinUrl.split("/join/")[1]!;
    await postJson(`${baseUrl}/api/sessions/${created.id}/actions`, cookie, { type: "start" });
    sessions.push({ id: created.id, token });
  }
  return sessions;
}

export async function measureSyncLatency(
  baseUrl: string,
  cookie: string,
  sessions: LiveSession[],
  streamCount: number,
  { actionsPerSession = 6, afterOpen }: { actionsPerSession?: number; afterOpen?: () => Promise<void> } = {},
): Promise<Percentiles & { samples: number; streams: number; sessions: number }> {
  const streams = new Map<string, Stream[]>();
  for (let i = 0; i < streamCount; i++) {
    const session = sessions[i % sessions.length]!;
    const stream = await openStream(`${baseUrl}/api/live/${session.token}/events`);
    streams.set(session.id, [...(streams.get(session.id) ?? []), stream]);
  }
  // Every stream first receives the current state; wait for those before measuring.
  const deadline = Date.now() + 30_000;
  while ([...streams.values()].flat().some((s) => s.events === 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  // With every stream open and settled: the caller reads the instance's own figures (memory).
  await afterOpen?.();

  const samples: number[] = [];
  const worker = async (mine: LiveSession[]) => {
    for (const session of mine) {
      const own = streams.get(session.id) ?? [];
      for (let i = 0; i < actionsPerSession; i++) {
        const arrivals = own.map((stream) => stream.next());
        const sent = performance.now();
        await postJson(`${baseUrl}/api/sessions/${session.id}/actions`, cookie, { type: i % 2 === 0 ? "next-question" : "previous-question" });
        const times = await Promise.race([Promise.all(arrivals), new Promise<number[]>((resolve) => setTimeout(() => resolve([]), 5000))]);
        if (times.length !== own.length) throw new Error(`an event did not arrive within 5 s (session ${session.id})`);
        for (const at of times) samples.push(at - sent);
      }
    }
  };
  // Five interviewers acting at once, each walking through a fifth of the sessions.
  const lanes = 5;
  await Promise.all(Array.from({ length: lanes }, (_, lane) => worker(sessions.filter((_, i) => i % lanes === lane))));
  for (const stream of [...streams.values()].flat()) stream.close();
  return { ...percentiles(samples), samples: samples.length, streams: streamCount, sessions: streams.size };
}
