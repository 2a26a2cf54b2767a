// `npm run import -- PATH...` with folders or several files: each document is parsed, then imported
// in its own transaction; one that fails does not stop the others. With --bank NAME they merge into
// one bank (one import, so no document archives another's questions).
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { checkImportBytes } from "../../src/features/questions/import/input-guard";
import { parseDocument } from "../../src/features/questions/import/parse-document";
import type { DocumentFormat, ParsedDocument } from "../../src/features/questions/import/schema";

const DOCUMENT = /\.(?:md|markdown|txt)$/i;

/** Files as given, and each folder's documents (recursively), sorted; a path that is neither is kept to fail on reading. */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (info?.isDirectory()) {
      const entries = await readdir(given, { recursive: true, withFileTypes: true });
      const found = entries.filter((entry) => entry.isFile() && DOCUMENT.test(entry.name)).map((entry) => path.join(entry.parentPath, entry.name));
      files.push(...found.sort());
    } else files.push(given);
  }
  return files;
}

export type ParsedFile = { file: string; parsed: ParsedDocument } | { file: string; error: string };

export async function parseFile(file: string, format: DocumentFormat | "auto", bankName?: string): Promise<ParsedFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { file, error: `cannot read: ${error instanceof Error ? error.message : String(error)}` };
  }
  const guarded = checkImportBytes(bytes);
  if (!guarded.ok) return { file, error: guarded.refusal.message };
  const parsed = parseDocument(guarded.text, { format: format === "auto" ? "auto" : format, bankName, fileName: file });
  if (parsed.questions.length === 0) return { file, error: "no questions found" };
  return { file, parsed };
}

/** Several documents as one bank: numbers follow on from the previous document's, so none collide. */
export function mergeDocuments(name: string, documents: ParsedDocument[]): ParsedDocument {
  let offset = 0;
  const questions = documents.flatMap((doc) => {
    const shifted = doc.questions.map((question) => ({ ...question, number: question.number + offset }));
    offset = Math.max(offset, ...shifted.map((question) => question.number));
    return shifted;
  });
  const join = (values: string[]) => values.filter(Boolean).join("\n\n");
  return {
    bank: { name, description: join(documents.map((doc) => doc.bank.description)), notes: join(documents.map((doc) => doc.bank.notes)) },
    questions,
    warnings: documents.flatMap((doc) => doc.warnings),
  };
}

/** A database error spans several lines (Prisma's starts with a blank one); a table row and a progress line need one. */
export function oneLine(message: string): string {
  return message.replace(/\s+/g, " ").trim();
}

export type Row = { file: string; bank: string; created: number; updated: number; unchanged: number; warnings: number; error?: string };

export function summaryTable(rows: Row[]): string {
  const header = ["document", "bank", "new", "changed", "unchanged", "warnings"];
  const cells = rows.map((row) =>
    row.error ? [row.file, `FAILED: ${row.error}`, "", "", "", ""] : [row.file, row.bank, String(row.created), String(row.updated), String(row.unchanged), String(row.warnings)],
  );
  const widths = header.map((title, index) => Math.max(title.length, ...cells.map((cell) => (cell[index] ?? "").length)));
  const line = (cell: string[]) => cell.map((value, index) => value.padEnd(widths[index] ?? 0)).join("  ").trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...cells.map(line)].join("\n");
}

/** "[#####.....] 5/10 file" on a terminal, redrawn in place. */
export function progressBar(done: number, total: number, label: string): string {
  const width = 30;
  const filled = Math.round((done / Math.max(total, 1)) * width);
  return `\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${label.slice(-40).padEnd(40)}`;
}
