import "server-only";
import { fileURLToPath } from "node:url";
import { Worker, type ResourceLimits } from "node:worker_threads";
import { env } from "@/env";
import { AppError } from "@/server/errors";
import { utf8Length } from "./input-guard";
import type { ParsedDocument, ParseOptions } from "./parse-document";

// The app parses an uploaded or pasted document in a worker thread with a time limit, so one
// document, however it is built, cannot hold the event loop that answers everyone else's
// requests (issue 14: an 80 KB document once stalled /api/health for 21 s). The parser is linear
// on every input we know of; this is the guard for the ones we do not, in our code or in the
// third-party Markdown parser under it (docs/decisions/import-parse-guard.md). The import CLI, an
// operator's own tool, parses in its own process.

/**
 * 5 s, plus 4 s per MB. Ordinary documents parse at about 0.6 s per MB on an idle 2-core machine
 * and up to 3 s per MB on one loaded ten times over (measured: 4.65 MB in 2.7 s, and in 9.6 to 14 s
 * under load), so a 5 MB bank gets 25 s; the 80 KB document that once stalled the server, which
 * now parses in milliseconds, gets 5.3 s.
 */
export function parseTimeLimitMs(text: string): number {
  return 5_000 + Math.round((4_000 * utf8Length(text)) / (1024 * 1024));
}
const MAX_PARALLEL_PARSES = 2;
// Loading the parser's modules; generous, since from source (tests) the thread compiles them first.
const STARTUP_LIMIT_MS = 60_000;
// A runaway parse dies on its own heap limit instead of growing the server's.
const RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 1024 };

export const TOO_COMPLEX_MESSAGE = (limitMs: number) =>
  `This document is too complex to import: reading it did not finish within ${Math.round(limitMs / 1000)} seconds. Split it into smaller documents, or import it with the command line tool (npm run import).`;

let running = 0;
const waiting: Array<() => void> = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL_PARSES) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/**
 * `parseDocument` in a worker thread. Refused with a VALIDATION error on `text` (a 400 with a
 * field error) when the parse takes longer than its time limit or runs out of its memory.
 */
export function parseDocumentInWorker(text: string, options: ParseOptions = {}, { timeLimitMs = parseTimeLimitMs(text) } = {}): Promise<ParsedDocument> {
  return slot(
    () =>
      new Promise<ParsedDocument>((resolve, reject) => {
        const worker = startWorker();
        let timer = setTimeout(() => fail(new AppError("INTERNAL", "The document reader did not start; try again")), STARTUP_LIMIT_MS);
        const tooComplex = () => {
          const message = TOO_COMPLEX_MESSAGE(timeLimitMs);
          return new AppError("VALIDATION", message, { text: [message] });
        };
        const fail = (error: Error) => {
          clearTimeout(timer);
          reject(error);
          void worker.terminate();
        };
        worker.on("message", (message: { ready?: true; parsed?: ParsedDocument }) => {
          if (message.ready) {
            // The clock starts with the parse, not with the thread.
            clearTimeout(timer);
            timer = setTimeout(() => fail(tooComplex()), timeLimitMs);
            worker.postMessage({ text, options });
          } else if (message.parsed) {
            clearTimeout(timer);
            resolve(message.parsed);
            void worker.terminate();
          }
        });
        worker.once("error", (error: Error & { code?: string }) => fail(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? tooComplex() : error));
        // Settled already unless the worker ended without answering; then say so, never hang.
        worker.once("exit", () => fail(new AppError("INTERNAL", "The document could not be read; try again")));
      }),
  );
}

function startWorker(): Worker {
  const options = { resourceLimits: RESOURCE_LIMITS };
  // In the Next.js server, Turbopack bundles the worker and rewrites this URL to it.
  if (env.NEXT_RUNTIME) return new Worker(new URL("./parse-worker.ts", import.meta.url), options);
  // Run from source (Vitest), the worker thread, which does not inherit the test runner's loader,
  // reads the TypeScript through tsx's require hook. The path is built without `new URL(…)`, which
  // the bundler would take for an asset to publish.
  const file = fileURLToPath(import.meta.url.replace(/parse-in-worker\.ts$/, "parse-worker.ts"));
  return new Worker(`require("tsx/cjs/api").register(); require(${JSON.stringify(file)});`, { ...options, eval: true });
}
