// The app's parse guard: documents are parsed in a worker thread with a time limit, so a document
// that takes long to parse is refused with a clear 4xx while the server's own event loop keeps
// answering. No input we know of is slow to parse any more, so the refusal is shown with a large
// ordinary document and a time limit far below what it needs.
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import { largeBankDocument } from "../testing/documents";
import { parseDocument } from "./parse-document";
import { parseDocumentInWorker, parseTimeLimitMs } from "./parse-in-worker";


describe("parsing in a worker thread", () => {
  it("returns exactly what parseDocument returns", async () => {
    const document = largeBankDocument("Worker bank", 40);
    expect(await parseDocumentInWorker(document, { bankName: "Renamed" })).toEqual(parseDocument(document, { bankName: "Renamed" }));
  }, 60_000);

  it("refuses a document that does not finish in time, with a field error, while the event loop stays free", async () => {
    // Ticks of this thread's event loop while the worker grinds: a parse on this thread would starve them.
    const gaps: number[] = [];
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }, 20);
    const started = performance.now();
    const error = await parseDocumentInWorker(largeBankDocument("Slow bank", 3_000), {}, { timeLimitMs: 150 }).catch((caught: unknown) => caught);
    const took = performance.now() - started;
    clearInterval(ticker);

    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("VALIDATION");
    expect((error as AppError).fieldErrors?.text?.[0]).toMatch(/^This document is too complex to import/);
    // Refused at the limit (plus a worker's start-up), not after the parse would have ended (minutes).
    expect(took).toBeLessThan(150 + 5_000);
    expect(Math.max(...gaps.slice(2))).toBeLessThan(1_000);
  }, 60_000);

  it("gives a large document of ordinary questions the time and memory it needs", async () => {
    const document = largeBankDocument("Big bank", 4_500);
    expect(Buffer.byteLength(document)).toBeGreaterThan(2.3 * 1024 * 1024);
    expect(parseTimeLimitMs(document)).toBeGreaterThan(13_000);
    const parsed = await parseDocumentInWorker(document);
    expect(parsed.questions).toHaveLength(4_500);
  }, 120_000);
});
