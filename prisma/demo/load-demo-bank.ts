// Loads Probe's own demo bank (concurrency-questions.md) through the real importer, so the demo
// data and a user's import take the same path. Relative imports: the seed runs under plain tsx.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { importParsedDocument, type ImportSummary } from "../../src/features/questions/import/persist";
import { parseDocument } from "../../src/features/questions/import/parse-document";
import { getDb } from "../../src/server/db";

export const DEMO_BANK_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "concurrency-questions.md");

/**
 * Imports the demo bank once. If the bank is already there it is left alone: `npm start` seeds on
 * every start, and re-importing would revert edits people made to the demo questions and archive
 * questions they added to it. Returns null when nothing was done.
 */
export async function loadDemoBank(): Promise<ImportSummary | null> {
  const parsed = parseDocument(await readFile(DEMO_BANK_FILE, "utf8"), { format: "markdown" });
  const existing = await getDb().bank.findUnique({ where: { name: parsed.bank.name }, select: { id: true } });
  if (existing) return null;
  return importParsedDocument(parsed, { source: "prisma/demo/concurrency-questions.md" });
}

/** The importer uses the app's shared client; scripts close it so the process can exit. */
export async function closeDemoBankConnection(): Promise<void> {
  await getDb().$disconnect();
}
