// Loads Probe's own practice bank (http-caching-practice.md) through the real importer, as a
// practice bank: the one bank a fresh candidate account sees. The demo bank stays an interview
// bank. Relative imports: the seed runs under plain tsx.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { importParsedDocument, type ImportSummary } from "../../src/features/questions/import/persist";
import { parseDocument } from "../../src/features/questions/import/parse-document";
import { getDb } from "../../src/server/db";

export const PRACTICE_BANK_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "http-caching-practice.md");

/**
 * Imports the practice bank once. The bank is made a practice bank before anything is imported
 * into it (the importer keeps a bank's purpose), so no moment exists where it holds questions as
 * an interview bank, and a run cut short leaves an empty practice bank that the next run fills. A
 * bank that already holds questions is left alone, as the demo bank is (see load-demo-bank.ts),
 * and so is its purpose, which someone may have changed on purpose. Null when nothing was done.
 */
export async function loadPracticeBank(): Promise<ImportSummary | null> {
  const parsed = parseDocument(await readFile(PRACTICE_BANK_FILE, "utf8"), { format: "markdown" });
  const name = parsed.bank.name;
  const existing = await getDb().bank.findUnique({ where: { name }, select: { _count: { select: { questions: true } } } });
  if (existing && existing._count.questions > 0) return null;
  if (!existing) await getDb().bank.create({ data: { name, purpose: "PRACTICE" } });
  return importParsedDocument(parsed, { source: "prisma/demo/http-caching-practice.md" });
}
