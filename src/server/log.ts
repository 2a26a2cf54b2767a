import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { env } from "@/env";

// The one logger of the server: JSON lines on stdout, one object per line, for whatever collects
// the instance's output. A request's lines carry its request id (from AsyncLocalStorage, set in
// handler()), so every line of one request can be found from the id its caller saw in X-Request-Id.
// What may go in: ids, route patterns, statuses, durations, counts, error names and codes. What
// never goes in: emails, names, answers, notes, tokens, and error messages (a database error's
// message can quote the values it refused), which is why errors are logged by name, code and frames.

export type Level = "debug" | "info" | "warn" | "error";
const RANK: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogFields = {
  route?: string;
  method?: string;
  status?: number;
  durationMs?: number;
  userId?: string;
  /** Ids and small numbers only; never text a person wrote. */
  [key: string]: string | number | boolean | null | undefined | unknown;
};

type RequestContext = { requestId: string; userId?: string };

type LogState = {
  storage: AsyncLocalStorage<RequestContext>;
  write: (line: string, level: Level) => void;
  /** Read from the environment on the first line (`next build` imports this with none set). */
  level: Level | null;
};

// One per process, kept on globalThis: Next's module reloads must not split the request context.
const globalForLog = globalThis as unknown as { probeLog?: LogState };
const state = (globalForLog.probeLog ??= {
  storage: new AsyncLocalStorage<RequestContext>(),
  write: (line, level) => {
    // Under Vitest an error line goes through console.error, which fails the test that caused it
    // (tests/setup/worker-db.ts): an unexpected error must not pass quietly as a log line.
    if (isTest()) return level === "error" ? console.error(line) : console.log(line);
    process.stdout.write(`${line}\n`);
  },
  level: null,
});

function isTest(): boolean {
  try {
    return env.NODE_ENV === "test";
  } catch {
    return false;
  }
}

function configuredLevel(): Level {
  try {
    // Tests call handlers by the thousand; their output is kept to what went wrong.
    return env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "warn" : "info");
  } catch {
    // An environment that does not validate: its error is what matters, so nothing is held back.
    return "debug";
  }
}

export { requestIdFrom } from "@/lib/request-id";

/** Runs `fn` as one request: every line logged inside it carries `requestId`. */
export function inRequest<T>(requestId: string, fn: () => T): T {
  return state.storage.run({ requestId }, fn);
}

/** The current request's id, if any. */
export function currentRequestId(): string | undefined {
  return state.storage.getStore()?.requestId;
}

/** Names the signed-in user on the rest of this request's lines (by id only). */
export function setLogUser(userId: string): void {
  const context = state.storage.getStore();
  if (context) context.userId = userId;
}

function emit(level: Level, msg: string, fields: LogFields = {}): void {
  state.level ??= configuredLevel();
  if (RANK[level] < RANK[state.level]) return;
  const context = state.storage.getStore();
  const { error, ...rest } = fields;
  const line: Record<string, unknown> = { time: new Date().toISOString(), level, msg };
  if (context) line.requestId = context.requestId;
  if (context?.userId) line.userId = context.userId;
  Object.assign(line, rest);
  if (error !== undefined) line.error = describeError(error);
  try {
    state.write(JSON.stringify(line), level);
  } catch {
    // A line that cannot be written (a closed stdout) must not fail what was being logged.
  }
}

/** An error as name, code and stack frames: never its message, which may quote personal data. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? "")
    .split("\n")
    .filter((frame) => frame.trimStart().startsWith("at "))
    .slice(0, 8)
    .map((frame) => frame.trim());
  return { name: error.name, ...(typeof code === "string" || typeof code === "number" ? { code } : {}), frames };
}

export const log = {
  debug: (msg: string, fields?: LogFields) => emit("debug", msg, fields),
  info: (msg: string, fields?: LogFields) => emit("info", msg, fields),
  warn: (msg: string, fields?: LogFields) => emit("warn", msg, fields),
  error: (msg: string, fields?: LogFields) => emit("error", msg, fields),
};

/**
 * For tests: captures every line (from `level` up) until the returned function is called, which
 * gives the lines back parsed and restores the output.
 */
export function captureLog(level: Level = "debug"): () => Array<Record<string, unknown>> {
  const saved = { write: state.write, level: state.level };
  const lines: string[] = [];
  state.write = (line) => void lines.push(line);
  state.level = level;
  return () => {
    state.write = saved.write;
    state.level = saved.level;
    return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  };
}
