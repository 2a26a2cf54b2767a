// Full-text search latency through the JSON API, as an interviewer's browser would ask.
import { percentiles, seededRandom } from "./lib/stats";

const TERMS = ["goroutine", "deadlock", "cache line", "backpressure", "quorum", "snapshot isolation", "token bucket", "garbage collector", "context switch", "circuit breaker", "replica failover", "memory barrier", "worker pool", "tail latency", "lock contention"];

export async function measureSearch(baseUrl: string, cookie: string, requests = 300) {
  const random = seededRandom(3);
  const samples: number[] = [];
  let results = 0;
  for (let i = 0; i < requests + 20; i++) {
    const q = TERMS[Math.floor(random() * TERMS.length)]!;
    const started = performance.now();
    const response = await fetch(`${baseUrl}/api/questions?q=${encodeURIComponent(q)}`, { headers: { cookie } });
    const body = (await response.json()) as unknown[];
    const took = performance.now() - started;
    if (!response.ok) throw new Error(`search answered ${response.status}`);
    if (i >= 20) samples.push(took); // the first requests warm caches and JIT
    results += body.length;
  }
  const { p50, p95 } = percentiles(samples);
  return { p50, p95, requests, meanResults: Math.round(results / (requests + 20)) };
}
