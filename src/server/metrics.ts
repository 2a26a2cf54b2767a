import "server-only";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { dbPool } from "@/server/db";

// Prometheus metrics of this process (README "Operating Probe", GET /api/metrics). One registry
// per process, kept on globalThis so Next's module reloads in development neither lose the counts
// nor register a metric twice (prom-client throws on that). Every label has a bounded set of values:
// route patterns (never raw paths), status classes, stream kinds, import outcomes.

export type StreamKind = "cockpit" | "candidate" | "pad" | "mock";

type Metrics = {
  registry: Registry;
  httpDuration: Histogram<"method" | "route" | "status_class">;
  openStreams: Gauge<"kind">;
  fanoutLag: Histogram<"kind">;
  importDuration: Histogram<"outcome">;
  unexpectedErrors: Counter;
};

function create(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "probe_" });
  const httpDuration = new Histogram({
    name: "probe_http_request_duration_seconds",
    help: "Route handler time, from the call to the answer's headers (an event stream: its opening), by route pattern and status class",
    labelNames: ["method", "route", "status_class"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const openStreams = new Gauge({ name: "probe_open_event_streams", help: "Server-sent event streams open on this instance, by kind", labelNames: ["kind"], registers: [registry] });
  for (const kind of ["cockpit", "candidate", "pad"] as const) openStreams.set({ kind }, 0);
  const fanoutLag = new Histogram({
    name: "probe_event_fanout_lag_seconds",
    help: "From the change's notification in its transaction (just before commit) to the last stream write it caused on this instance, by stream kind",
    labelNames: ["kind"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const importDuration = new Histogram({
    name: "probe_import_duration_seconds",
    help: "A question import from the browser, parse to commit, by outcome",
    labelNames: ["outcome"],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [registry],
  });
  const unexpectedErrors = new Counter({ name: "probe_unexpected_errors_total", help: "Errors answered with a 500 (logged with their request id)", registers: [registry] });
  // Read on scrape: the pool's own counters, nothing kept in between.
  new Gauge({
    name: "probe_db_pool_connections",
    help: "The database pool (Prisma's pg pool): total, idle, and queries waiting for a connection",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      const pool = dbPool();
      this.set({ state: "total" }, pool?.totalCount ?? 0);
      this.set({ state: "idle" }, pool?.idleCount ?? 0);
      this.set({ state: "waiting" }, pool?.waitingCount ?? 0);
    },
  });
  return { registry, httpDuration, openStreams, fanoutLag, importDuration, unexpectedErrors };
}

const globalForMetrics = globalThis as unknown as { probeMetrics?: Metrics };

export function metrics(): Metrics {
  globalForMetrics.probeMetrics ??= create();
  return globalForMetrics.probeMetrics;
}

export function statusClass(status: number): string {
  return `${Math.min(5, Math.max(1, Math.floor(status / 100)))}xx`;
}

/** One handled request (src/server/errors.ts `handler()`). */
export function observeRequest(method: string, route: string, status: number, seconds: number): void {
  metrics().httpDuration.observe({ method, route, status_class: statusClass(status) }, seconds);
}

/** Counts a stream open until the returned function is called (once; later calls do nothing). */
export function trackStream(kind: StreamKind): () => void {
  metrics().openStreams.inc({ kind });
  let open = true;
  return () => {
    if (!open) return;
    open = false;
    metrics().openStreams.dec({ kind });
  };
}

/** `since` is the change's notification time (ms since the epoch, the database's clock). */
export function observeFanout(kind: StreamKind, since: number | null | undefined): void {
  if (since == null) return;
  metrics().fanoutLag.observe({ kind }, Math.max(0, Date.now() - since) / 1000);
}

/** Times an import; the outcome is "ok" or the error's code in lower case ("validation", "conflict"…). */
export async function timeImport<T>(run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  let outcome = "ok";
  try {
    return await run();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    outcome = typeof code === "string" && /^[A-Z_]{1,20}$/.test(code) ? code.toLowerCase() : "error";
    throw error;
  } finally {
    metrics().importDuration.observe({ outcome }, (performance.now() - started) / 1000);
  }
}

