// Imports one question-bank document (Markdown, or text copied from a rendered page).
// Run: npx tsx scripts/import.ts FILE [--bank NAME] [--dry-run | --plan] [--json] [--format markdown|text]
//      [--prefer probe|document] [--take-document ID]...
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { checkImportBytes, NO_QUESTIONS_MESSAGE } from "../src/features/questions/import/input-guard";
import { detectFormat, parseDocument } from "../src/features/questions/import/parse-document";
import type { ImportSummary } from "../src/features/questions/import/persist";
import { countsLine, planReport } from "../src/features/questions/import/plan-report";
import { openAppDatabase } from "./lib/database";
import { migrate } from "./lib/prepare";
import { expandPaths, mergeDocuments, oneLine, parseFile, progressBar, summaryTable, type ParsedFile, type Row } from "./lib/import-many";
import { LEVELS, type DocumentFormat, type ParsedDocument } from "../src/features/questions/import/schema";

const USAGE = `Usage: npx tsx scripts/import.ts FILE... [--bank NAME] [--dry-run | --plan] [--json] [--format markdown|text]
                                   [--prefer probe|document] [--take-document ID]...

Parses question-bank documents and imports each as a bank. FILE is a file or a folder (its *.md,
*.markdown and *.txt files, recursively, sorted); several documents are imported one by one, each
in its own transaction (one that fails does not stop the others; the exit code is then 1), with a
line per document (a progress bar on a terminal) and a summary table. --bank NAME merges them into
one bank. With --json and several documents, stdout is {"documents":[{file, bank, questions,
warnings, result|plan|error}]}. Questions are matched to the stored ones
by their id comment (<!-- probe:id=ID -->), else their title, else their prompt; never by number.

Options:
  --bank NAME          Use NAME as the bank name instead of the document's title
  --dry-run            Parse and report only; never touches the database
  --plan               Compare with the bank in the database and print, per question, what an
                       import would do (new, changed with a diff, unchanged, renumbered, conflict,
                       archived); reads the database and writes nothing
  --json               Print the parsed bank (with --plan: the plan) as one JSON object on stdout
  --format FORMAT      markdown, text or auto (default: auto-detect)
  --prefer SIDE        Whose version wins a conflict (a question edited in Probe whose document
                       text changed too): probe (default) or document
  --take-document ID   Take the document's version for this one conflicting question (repeatable)
  -h, --help           Show this help

Files over 5 MB and binary files (images, PDFs, anything that is not UTF-8 text) are refused
before parsing; nothing is written.

Exit codes: 0 ok, 1 unreadable, oversized or binary file, invalid arguments or failed import,
2 empty document or no questions found`;

const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_NO_QUESTIONS = 2;

type Options = {
  file: string;
  /** Every PATH given: files and folders. */
  paths: string[];
  bank?: string;
  dryRun: boolean;
  plan: boolean;
  json: boolean;
  format: DocumentFormat | "auto";
  takeDocument: "all" | string[];
};

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  let options: Options | "help";
  try {
    options = readOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError || isNodeArgError(error))) throw error;
    await writeErr(`import: ${messageOf(error)}\n\n${USAGE}\n`);
    return EXIT_FAILURE;
  }
  if (options === "help") {
    await writeOut(`${USAGE}\n`);
    return EXIT_OK;
  }
  // One file keeps the one-document behaviour and output; folders or several files import each.
  const files = await expandPaths(options.paths);
  if (options.paths.length > 1 || files.length !== 1 || files[0] !== options.file) return importMany(options, files);

  let bytes: Buffer;
  try {
    bytes = await readFile(options.file);
  } catch (error) {
    await writeErr(`import: cannot read ${options.file}: ${describeFsError(error)}\n\n${USAGE}\n`);
    return EXIT_FAILURE;
  }
  // Size and binary checks on the raw bytes, before the parser sees anything (input-guard.ts).
  const guarded = checkImportBytes(bytes);
  if (!guarded.ok) {
    await writeErr(`import: ${options.file}: ${guarded.refusal.message} Nothing was imported.\n`);
    return guarded.refusal.reason === "empty" ? EXIT_NO_QUESTIONS : EXIT_FAILURE;
  }
  const source = guarded.text;

  const format = options.format === "auto" ? detectFormat(source) : options.format;
  const parsed = parseDocument(source, { format, bankName: options.bank, fileName: options.file });

  // With --plan --json, stdout carries the plan alone (below).
  if (options.json && !options.plan) {
    const { name, description, notes } = parsed.bank;
    const payload = { bank: { name, description, notes }, questions: parsed.questions, warnings: parsed.warnings };
    await writeOut(`${JSON.stringify(payload)}\n`);
  } else if (!options.json) {
    await writeOut(summary(parsed, format, options.format === "auto"));
  }

  if (parsed.questions.length === 0) {
    await writeErr(`import: ${options.file}: ${NO_QUESTIONS_MESSAGE} Nothing was imported.\n`);
    return EXIT_NO_QUESTIONS;
  }
  if (options.dryRun) {
    if (!options.json) await writeOut("Dry run: nothing was written to the database.\n");
    return EXIT_OK;
  }

  let result: ImportSummary;
  // DATABASE_URL when set; otherwise the embedded dev database that `npm start` uses.
  const database = await openAppDatabase();
  // With --json, stdout carries exactly one JSON object: say where the bank goes on stderr.
  await (options.json ? writeErr : writeOut)(`${database.description}\n`);
  process.env.DATABASE_URL = database.url;
  // The embedded dev database is ours to keep current; an operator's DATABASE_URL is migrated by `npm run db:migrate`.
  if (database.embedded) migrate(database.url, { quiet: true });
  try {
    // Loaded only here so parsing and dry runs never pull in the database client.
    const { importParsedDocument, previewImport } = await import("../src/features/questions/import/persist");
    if (options.plan) {
      const preview = await previewImport(parsed, { bankName: options.bank, takeDocument: options.takeDocument });
      const { bankName, bankExists, entries, warnings: _warnings, perLevel: _perLevel, planKey: _planKey, ...counts } = preview;
      await writeOut(options.json ? `${JSON.stringify(preview)}\n` : planReport(bankName, bankExists, counts, entries));
      return EXIT_OK;
    }
    result = await importParsedDocument(parsed, { bankName: options.bank, takeDocument: options.takeDocument });
  } catch (error) {
    await writeErr(`import: the bank was parsed but could not be imported: ${messageOf(error)}\n${importHint(error)}`);
    return EXIT_FAILURE;
  } finally {
    await database.stop();
  }
  const { bankId: _bankId, bankName, warnings: _warnings, ...counts } = result;
  const conflicts = result.conflicts > result.conflictsTaken ? " See the conflicts with --plan; take the document's version with --take-document ID or --prefer document." : "";
  const done = `Imported into "${bankName}": ${countsLine(counts).replace(/^(\d+) new/, "$1 created")}.${conflicts}\n`;
  // With --json, stdout carries exactly one JSON object; the confirmation goes to stderr.
  await (options.json ? writeErr(done) : writeOut(done));
  return EXIT_OK;
}

async function importMany(options: Options, files: string[]): Promise<number> {
  if (files.length === 0) {
    await writeErr(`import: no documents (*.md, *.markdown, *.txt) under ${options.paths.join(", ")}. Nothing was imported.\n\n${USAGE}\n`);
    return EXIT_FAILURE;
  }
  const tty = process.stderr.isTTY && !options.json;
  const parsedFiles: ParsedFile[] = [];
  for (const file of files) parsedFiles.push(await parseFile(file, options.format));
  // --bank NAME: the documents are one bank, imported at once.
  const units: ParsedFile[] = options.bank
    ? [mergedUnit(options.bank, parsedFiles), ...parsedFiles.filter((item) => "error" in item)]
    : parsedFiles;

  const documents: Array<Record<string, unknown>> = [];
  const rows: Row[] = [];
  const database = options.dryRun ? null : await openAppDatabase();
  if (database) {
    await writeErr(`${database.description}\n`);
    process.env.DATABASE_URL = database.url;
    if (database.embedded) migrate(database.url, { quiet: true });
  }
  try {
    const persist = database ? await import("../src/features/questions/import/persist") : null;
    for (const [index, unit] of units.entries()) {
      if (tty) await writeErr(progressBar(index, units.length, unit.file));
      const row: Row = { file: unit.file, bank: "", created: 0, updated: 0, unchanged: 0, warnings: 0 };
      if ("error" in unit) {
        documents.push({ file: unit.file, error: unit.error });
        row.error = unit.error;
        rows.push(row);
      } else {
        const { name, description, notes } = unit.parsed.bank;
        const document: Record<string, unknown> = { file: unit.file, bank: { name, description, notes }, questions: unit.parsed.questions, warnings: unit.parsed.warnings };
        Object.assign(row, { bank: name, created: unit.parsed.questions.length, warnings: unit.parsed.warnings.length });
        try {
          if (persist && options.plan) {
            const preview = await persist.previewImport(unit.parsed, { takeDocument: options.takeDocument });
            Object.assign(document, { plan: preview });
            Object.assign(row, { bank: preview.bankName, created: preview.created, updated: preview.updated, unchanged: preview.unchanged, warnings: preview.warnings.length });
          } else if (persist) {
            const result = await persist.importParsedDocument(unit.parsed, { takeDocument: options.takeDocument, source: unit.file });
            Object.assign(document, { result });
            Object.assign(row, { bank: result.bankName, created: result.created, updated: result.updated, unchanged: result.unchanged, warnings: result.warnings.length });
          }
        } catch (error) {
          document.error = messageOf(error);
          row.error = oneLine(messageOf(error));
        }
        documents.push(document);
        rows.push(row);
      }
      if (!tty && !options.json) {
        await writeOut(row.error ? `${unit.file}: FAILED (${row.error})\n` : `${unit.file}: ${row.bank}: ${row.created} new, ${row.updated} changed, ${row.unchanged} unchanged, ${row.warnings} warnings\n`);
      }
    }
    if (tty) await writeErr(`${progressBar(units.length, units.length, "done")}\n`);
  } finally {
    await database?.stop();
  }
  if (options.json) await writeOut(`${JSON.stringify({ documents })}\n`);
  else await writeOut(`\n${summaryTable(rows)}\n${options.dryRun ? "Dry run: nothing was written to the database.\n" : ""}`);
  const failed = rows.filter((row) => row.error).length;
  if (failed > 0) await writeErr(`import: ${failed} of ${rows.length} documents failed; the others were ${options.dryRun || options.plan ? "read" : "imported"}.\n`);
  return failed > 0 ? EXIT_FAILURE : EXIT_OK;
}

function mergedUnit(bank: string, parsedFiles: ParsedFile[]): ParsedFile {
  const readable = parsedFiles.flatMap((item) => ("parsed" in item ? [item.parsed] : []));
  const label = `${readable.length} documents → ${bank}`;
  return readable.length > 0 ? { file: label, parsed: mergeDocuments(bank, readable) } : { file: label, error: "no readable documents" };
}

// The database module is guarded by "server-only", which resolves only under the react-server condition.
function importHint(error: unknown): string {
  return /Server Component/.test(messageOf(error))
    ? "Run it as `npm run import -- FILE …` (tsx --conditions=react-server), or add --dry-run to only parse.\n"
    : "";
}

function readOptions(argv: string[]): Options | "help" {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      bank: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      plan: { type: "boolean", default: false },
      prefer: { type: "string", default: "probe" },
      "take-document": { type: "string", multiple: true, default: [] },
      json: { type: "boolean", default: false },
      format: { type: "string", default: "auto" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return "help";
  if (positionals.length === 0) throw new UsageError("missing FILE");
  const format = values.format;
  if (format !== "markdown" && format !== "text" && format !== "auto") {
    throw new UsageError(`--format must be markdown, text or auto (got "${format}")`);
  }
  if (values.bank !== undefined && values.bank.trim() === "") throw new UsageError("--bank needs a non-empty name");
  if (values.plan && values["dry-run"]) throw new UsageError("--plan reads the database and --dry-run never touches it: choose one");
  if (values.prefer !== "probe" && values.prefer !== "document") throw new UsageError(`--prefer must be probe or document (got "${values.prefer}")`);
  const ids = values["take-document"].map((id) => id.trim());
  const badId = ids.find((id) => !/^[A-Za-z0-9_-]{1,64}$/.test(id));
  if (badId !== undefined) throw new UsageError(`--take-document needs a question id (got "${badId}")`);
  return {
    file: positionals[0] ?? "",
    paths: positionals,
    bank: values.bank?.trim(),
    dryRun: values["dry-run"],
    plan: values.plan,
    json: values.json,
    format,
    takeDocument: values.prefer === "document" ? "all" : ids,
  };
}

function summary(parsed: ParsedDocument, format: DocumentFormat, detected: boolean): string {
  const counts = LEVELS.map((level) => `${level} ${parsed.questions.filter((q) => q.level === level).length}`);
  const lines = [
    `Bank: ${parsed.bank.name}`,
    `Format: ${format}${detected ? " (auto-detected)" : ""}`,
    `Questions: ${parsed.questions.length} (${counts.join(", ")})`,
  ];
  if (parsed.warnings.length === 0) lines.push("Warnings: none");
  else {
    lines.push(`Warnings (${parsed.warnings.length}):`);
    for (const warning of parsed.warnings) lines.push(`  - ${warning.question ? `${warning.question}: ` : ""}${warning.message}`);
  }
  return `${lines.join("\n")}\n`;
}

function isNodeArgError(error: unknown): boolean {
  return error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS");
}

function describeFsError(error: unknown): string {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a directory";
  if (code === "EACCES") return "permission denied";
  return messageOf(error);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// Waiting for each write lets the process exit right after without cutting off piped output.
function writeOut(text: string): Promise<void> {
  return new Promise((resolve) => process.stdout.write(text, () => resolve()));
}

function writeErr(text: string): Promise<void> {
  return new Promise((resolve) => process.stderr.write(text, () => resolve()));
}

main(process.argv.slice(2))
  .catch(async (error: unknown) => {
    await writeErr(`import: unexpected error: ${messageOf(error)}\n`);
    return EXIT_FAILURE;
  })
  // Exit explicitly: a database pool opened by the import would otherwise keep the process alive.
  .then((code) => process.exit(code));
