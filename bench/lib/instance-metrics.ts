// The app instance's own figures, read from its Prometheus endpoint (GET /api/metrics) rather than
// from the benchmark's process: memory is the server's, whatever the load generator holds.

export const BENCH_METRICS_TOKEN = "bench-metrics-token-0123456789abcdef";

export type InstanceMemory = { rssBytes: number; heapUsedBytes: number; candidateStreams: number };
/** A Prometheus histogram: cumulative counts by upper bound in seconds. */
export type Histogram = { count: number; sumSeconds: number; buckets: Map<number, number> };

async function scrape(baseUrl: string): Promise<Map<string, number>> {
  const response = await fetch(`${baseUrl}/api/metrics`, { headers: { authorization: `Bearer ${BENCH_METRICS_TOKEN}` } });
  if (!response.ok) throw new Error(`/api/metrics answered ${response.status}`);
  const values = new Map<string, number>();
  for (const line of (await response.text()).split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const space = line.lastIndexOf(" ");
    values.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  return values;
}

/** One series of a histogram of the instance: `labels` picks it (every label given must match). */
export async function histogram(baseUrl: string, name: string, labels: Record<string, string>): Promise<Histogram> {
  const values = await scrape(baseUrl);
  const matches = (key: string) => Object.entries(labels).every(([label, value]) => key.includes(`${label}="${value}"`));
  const sum = (suffix: string) => [...values].filter(([key]) => key.startsWith(`${name}_${suffix}{`) && matches(key)).reduce((total, [, value]) => total + value, 0);
  const buckets = new Map<number, number>();
  for (const [key, value] of values) {
    const le = key.startsWith(`${name}_bucket{`) && matches(key) ? /le="([^"]+)"/.exec(key)?.[1] : undefined;
    if (le && le !== "+Inf") buckets.set(Number(le), (buckets.get(Number(le)) ?? 0) + value);
  }
  return { count: sum("count"), sumSeconds: sum("sum"), buckets };
}

/** The observations between two readings: how many, their mean, and the share within each bound. */
export function histogramBetween(before: Histogram, after: Histogram) {
  const count = after.count - before.count;
  const within = (seconds: number) => Math.round((((after.buckets.get(seconds) ?? 0) - (before.buckets.get(seconds) ?? 0)) / count) * 1000) / 1000;
  return {
    count,
    meanMs: Math.round(((after.sumSeconds - before.sumSeconds) / count) * 10_000) / 10,
    shareWithin25ms: within(0.025),
    shareWithin50ms: within(0.05),
    shareWithin100ms: within(0.1),
  };
}

/**
 * Resident set and V8 heap in use, sampled `samples` times apart: the heap's lowest sample is the
 * one closest to after a collection (live objects, not garbage yet to be collected), RSS the last.
 */
export async function instanceMemory(baseUrl: string, samples = 5): Promise<InstanceMemory> {
  let heapUsedBytes = Infinity;
  let last = new Map<string, number>();
  for (let i = 0; i < samples; i++) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 400));
    last = await scrape(baseUrl);
    heapUsedBytes = Math.min(heapUsedBytes, last.get("probe_nodejs_heap_size_used_bytes") ?? NaN);
  }
  return {
    rssBytes: last.get("probe_process_resident_memory_bytes") ?? NaN,
    heapUsedBytes,
    candidateStreams: last.get('probe_open_event_streams{kind="candidate"}') ?? NaN,
  };
}
