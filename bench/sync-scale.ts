// Live sync at scale (issue 19): 2,000 candidate streams over 200 sessions on one instance, and
// what each open stream costs the instance in memory. The streams are held by the benchmark's
// process, not the app's, so the memory read from the app's /api/metrics is the server's alone.
import os from "node:os";
import { histogram, histogramBetween, instanceMemory, type InstanceMemory } from "./lib/instance-metrics";
import { measureSyncLatency, type LiveSession } from "./sync-latency";

// The instance's own timings of the two halves of what the benchmark measures end to end.
const readHalves = (baseUrl: string) =>
  Promise.all([
    histogram(baseUrl, "probe_http_request_duration_seconds", { route: "/api/sessions/[id]/actions", method: "POST" }),
    histogram(baseUrl, "probe_event_fanout_lag_seconds", { kind: "candidate" }),
  ]);

const round = (n: number, places = 1) => Math.round(n * 10 ** places) / 10 ** places;

export async function measureSyncAtScale(baseUrl: string, cookie: string, sessions: LiveSession[], streamCount: number) {
  // A warm-up with a few streams first: the routes' first requests load code and fill caches, which
  // would otherwise count as the streams' memory.
  await measureSyncLatency(baseUrl, cookie, sessions.slice(0, 10), 20, { actionsPerSession: 2 });
  const before = await instanceMemory(baseUrl);
  let open: InstanceMemory | null = null;
  const loadBefore = os.loadavg()[0]!;
  const [actionsBefore, fanoutBefore] = await readHalves(baseUrl);
  const latency = await measureSyncLatency(baseUrl, cookie, sessions, streamCount, {
    afterOpen: async () => {
      open = await instanceMemory(baseUrl);
    },
  });
  const loadAfter = os.loadavg()[0]!;
  // The instance's own view of the same events: the interviewer's action request (sign-in check,
  // authorization, transaction), and from the change's commit to its last stream write (the
  // fan-out), each without the benchmark's sending or reading around it.
  const [actionsAfter, fanoutAfter] = await readHalves(baseUrl);
  const during = open as InstanceMemory | null;
  if (!during) throw new Error("the instance's memory was not read with the streams open");
  if (during.candidateStreams !== streamCount) throw new Error(`the instance counts ${during.candidateStreams} candidate streams open, not ${streamCount}`);
  return {
    ...latency,
    instance: { actionRequest: histogramBetween(actionsBefore, actionsAfter), fanout: histogramBetween(fanoutBefore, fanoutAfter) },
    memoryPerStream: {
      rssKb: round((during.rssBytes - before.rssBytes) / streamCount / 1024),
      heapKb: round((during.heapUsedBytes - before.heapUsedBytes) / streamCount / 1024),
      method: "the instance's /api/metrics (process RSS, V8 heap used: lowest of 5 samples 0.4 s apart) with every stream open and its first event received, minus the same before they opened (after a 20-stream warm-up), divided by the number of streams",
      beforeMiB: { rss: round(before.rssBytes / 2 ** 20), heapUsed: round(before.heapUsedBytes / 2 ** 20) },
      openMiB: { rss: round(during.rssBytes / 2 ** 20), heapUsed: round(during.heapUsedBytes / 2 ** 20) },
    },
    loadAverage: { before: round(loadBefore, 2), after: round(loadAfter, 2) },
  };
}
