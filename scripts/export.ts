// Writes one bank as a Markdown document in the importer's format (importing it gives the same bank).
// Run: npm run export -- --bank NAME [--out FILE]
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { openAppDatabase } from "./lib/database";
import { migrate } from "./lib/prepare";

const USAGE = `Usage: npm run export -- --bank NAME [--out FILE]

Writes the bank NAME as Markdown: front matter (title, tags, collection), level sections, each
question with its id comment and labelled parts. Importing the file gives the same bank back.

Options:
  --bank NAME   The bank to export (required)
  --out FILE    Write to FILE instead of standard output
  -h, --help    Show this help

Exit codes: 0 ok, 1 invalid arguments, no such bank or unwritable file`;

async function main(argv: string[]): Promise<number> {
  let values: { bank?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, strict: true, options: { bank: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } } }));
  } catch (error) {
    process.stderr.write(`export: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 1;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!values.bank?.trim()) {
    process.stderr.write(`export: --bank NAME is required\n\n${USAGE}\n`);
    return 1;
  }
  const database = await openAppDatabase();
  process.stderr.write(`${database.description}\n`);
  process.env.DATABASE_URL = database.url;
  if (database.embedded) migrate(database.url, { quiet: true });
  try {
    const { loadExportBank } = await import("../src/features/questions/export/load");
    const { bankToMarkdown } = await import("../src/features/questions/export/bank-markdown");
    const bank = await loadExportBank({ name: values.bank.trim() });
    if (!bank) {
      process.stderr.write(`export: no bank is named "${values.bank.trim()}"\n`);
      return 1;
    }
    const markdown = bankToMarkdown(bank);
    if (values.out) {
      await writeFile(values.out, markdown);
      process.stderr.write(`Exported "${bank.name}" (${bank.questions.length} questions) to ${values.out}\n`);
    } else process.stdout.write(markdown);
    return 0;
  } catch (error) {
    process.stderr.write(`export: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await database.stop();
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
