export type Percentiles = { p50: number; p95: number; p99: number };

/** Nearest-rank percentiles, rounded to 0.1 ms. */
export function percentiles(samples: number[]): Percentiles {
  if (!samples.length) return { p50: NaN, p95: NaN, p99: NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 10) / 10;
  return { p50: at(50), p95: at(95), p99: at(99) };
}

/** A small seeded PRNG (mulberry32) so generated data is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
