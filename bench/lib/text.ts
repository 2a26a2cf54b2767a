import { seededRandom } from "./stats";

// Vocabulary for generated questions: realistic enough that full-text search has real work.
const WORDS = (
  "goroutine channel mutex semaphore deadlock livelock starvation scheduler thread process fiber coroutine " +
  "async await promise future callback event loop reactor actor message queue buffer backpressure latency " +
  "throughput contention lock atomic compare swap memory model barrier fence cache line false sharing " +
  "coherence consistency linearizable serializable isolation transaction snapshot replica leader follower " +
  "consensus raft paxos quorum partition tolerance availability timeout retry idempotent exactly once " +
  "delivery ordering clock vector lamport hybrid logical stream batch pipeline worker pool fan out fan in " +
  "rate limit token bucket leaky circuit breaker bulkhead shedding load balancer sticky session sharding " +
  "index btree hash join query planner vacuum checkpoint wal replication failover rollback commit abort " +
  "kernel syscall epoll kqueue io_uring interrupt preemption context switch stack heap garbage collector " +
  "allocation escape analysis profiling flame graph tracing span metric histogram percentile tail " +
  "structured concurrency cancellation deadline supervisor restart crash recovery durability fsync"
).split(" ");

export function textGenerator(seed: number) {
  const random = seededRandom(seed);
  const word = () => WORDS[Math.floor(random() * WORDS.length)]!;
  const sentence = (min: number, max: number) => {
    const n = min + Math.floor(random() * (max - min + 1));
    const words = Array.from({ length: n }, word);
    return `${words[0]![0]!.toUpperCase()}${words.join(" ").slice(1)}.`;
  };
  const paragraph = (sentences: number) => Array.from({ length: sentences }, () => sentence(6, 16)).join(" ");
  return { random, word, sentence, paragraph };
}

/** A question-bank document in the importer's Markdown format, with `count` questions. */
export function generateBankDocument(count: number, seed = 7): string {
  const gen = textGenerator(seed);
  const levels = ["Junior", "Middle", "Senior", "Staff"];
  const lines = ["# Generated benchmark bank", "", gen.paragraph(2), ""];
  const perLevel = Math.ceil(count / levels.length);
  for (let n = 1; n <= count; n++) {
    if ((n - 1) % perLevel === 0) lines.push(`## ${levels[Math.floor((n - 1) / perLevel)]}`, "");
    lines.push(`### Q${n}. ${gen.sentence(4, 9).replace(/\.$/, "?")}`, "");
    if (n % 5 === 0) lines.push("```go", "func main() {", `    fmt.Println("${gen.word()}")`, "}", "```", "");
    lines.push(`**Model answer.** ${gen.paragraph(3)}`, "");
    lines.push("**Common wrong answers.**", "", `- "${gen.sentence(5, 10)}" (${gen.sentence(4, 8)})`, `- "${gen.sentence(5, 10)}" (${gen.sentence(4, 8)})`, "");
    lines.push(`**Follow-up.** *${gen.sentence(5, 10).replace(/\.$/, "?")}* — ${gen.paragraph(1)}`, "");
    if (n % 3 === 0) lines.push(`**Fix.** ${gen.paragraph(1)}`, "");
  }
  return lines.join("\n");
}
