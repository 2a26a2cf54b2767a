// Full-text search latency through the JSON API, as an interviewer's browser would ask, for two
// kinds of query (issue 19):
// - typed: what a person types, one to three words from the bank's own titles, rare words (the
//   seeded demo banks' own terms) and common ones (the generated bank's) mixed, the last word
//   sometimes half-typed, as the search box sends it while typing;
// - broad: single technical terms that each match about half of the 10,000 questions.
import pg from "pg";
import { percentiles, seededRandom } from "./lib/stats";

export const BROAD_TERMS = ["goroutine", "deadlock", "cache line", "backpressure", "quorum", "snapshot isolation", "token bucket", "garbage collector", "context switch", "circuit breaker", "replica failover", "memory barrier", "worker pool", "tail latency", "lock contention"];

// Words a person would not search by on their own.
const STOP = new Set("what when where which while with without would your about after against between does from have into more most only over should than that their there these they this those under until very were will".split(" "));

/**
 * Deterministic typed queries, as a person who knows the bank would look a question up: one to
 * three neighbouring words of one live question's title. Half come from titles holding a rare word
 * (in under 1% of titles: the seeded demo banks' own terms), half from the rest (the generated
 * bank's, each word in about half of all questions); one query in four ends in a half-typed word.
 */
export async function typedQueries(databaseUrl: string, count: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ title: string }>(`SELECT title FROM "Question" WHERE "archivedAt" IS NULL ORDER BY title`).finally(() => client.end());
  const titles = rows.map(({ title }) => (title.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((word) => !STOP.has(word))).filter((words) => words.length);
  const titlesWith = new Map<string, number>();
  for (const words of titles) for (const word of new Set(words)) titlesWith.set(word, (titlesWith.get(word) ?? 0) + 1);
  const isRare = (word: string) => titlesWith.get(word)! < titles.length / 100;
  const rare = titles.filter((words) => words.some(isRare));
  const common = titles.filter((words) => !words.some(isRare));
  if (!rare.length || !common.length) throw new Error(`typed search queries need titles with rare and common words (rare ${rare.length}, common ${common.length})`);
  const random = seededRandom(19);
  return Array.from({ length: count }, () => {
    const from = random() < 0.5 ? rare : common;
    const title = from[Math.floor(random() * from.length)]!;
    const length = Math.min(title.length, 1 + Math.floor(random() * 3));
    const start = Math.floor(random() * (title.length - length + 1));
    const words = title.slice(start, start + length);
    if (random() < 0.25) words[words.length - 1] = words.at(-1)!.slice(0, Math.max(3, Math.ceil(words.at(-1)!.length * 0.6)));
    return words.join(" ");
  });
}

/** p50/p95 over `queries` (taken in turn), after 20 warm-up requests that are not counted. */
export async function measureSearch(baseUrl: string, cookie: string, queries: string[], requests = 300) {
  const samples: number[] = [];
  let results = 0;
  for (let i = 0; i < requests + 20; i++) {
    const q = queries[i % queries.length]!;
    const started = performance.now();
    const response = await fetch(`${baseUrl}/api/questions?q=${encodeURIComponent(q)}`, { headers: { cookie } });
    const body = (await response.json()) as unknown[];
    const took = performance.now() - started;
    if (!response.ok) throw new Error(`search answered ${response.status}`);
    if (i >= 20) samples.push(took); // the first requests warm caches and JIT
    results += body.length;
  }
  const { p50, p95 } = percentiles(samples);
  return { p50, p95, requests, distinctQueries: new Set(queries.slice(0, requests + 20)).size, meanResults: Math.round(results / (requests + 20)) };
}

/** Broad terms in a fixed seeded order (as the bench has always drawn them). */
export function broadQueries(count: number): string[] {
  const random = seededRandom(3);
  return Array.from({ length: count }, () => BROAD_TERMS[Math.floor(random() * BROAD_TERMS.length)]!);
}

/** How many live questions each query matches as whole words (median, min, max): what "typed" and "broad" mean here. */
export async function matchCounts(databaseUrl: string, queries: string[]) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const counts: number[] = [];
    for (const q of new Set(queries)) {
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Question" WHERE "archivedAt" IS NULL AND "searchVector" @@ websearch_to_tsquery('english', $1)`, [q]);
      counts.push(rows[0]!.n);
    }
    counts.sort((a, b) => a - b);
    return { median: counts[Math.floor(counts.length / 2)]!, min: counts[0]!, max: counts.at(-1)! };
  } finally {
    await client.end();
  }
}
