import "server-only";

// Token buckets in this process's memory, per key: `capacity` tokens, refilled at `perSecond`.
// Per instance on purpose (docs/decisions/code-pad.md): it guards this instance's CPU and
// database time on a hot path (every keystroke batch) without a write of its own; limits that
// must hold across instances are enforced in the database instead. Idle buckets are dropped.

export type RateLimiter = {
  /** Takes `cost` tokens from `key`'s bucket; when there are not enough, nothing is taken and the wait is returned. */
  take(key: string, cost?: number): { ok: true } | { ok: false; retryAfterMs: number };
  size(): number;
};

export function createRateLimiter({ capacity, perSecond, maxKeys = 10_000, now = Date.now }: { capacity: number; perSecond: number; maxKeys?: number; now?: () => number }): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key, cost = 1) {
      const time = now();
      const bucket = buckets.get(key) ?? { tokens: capacity, at: time };
      const tokens = Math.min(capacity, bucket.tokens + ((time - bucket.at) / 1000) * perSecond);
      buckets.delete(key);
      if (tokens < cost) {
        buckets.set(key, { tokens, at: time });
        return { ok: false, retryAfterMs: Math.ceil(((Math.min(cost, capacity) - tokens) / perSecond) * 1000) };
      }
      buckets.set(key, { tokens: tokens - cost, at: time });
      // Map order is least recently used first; a full bucket that was dropped comes back full.
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value!);
      return { ok: true };
    },
    size: () => buckets.size,
  };
}
