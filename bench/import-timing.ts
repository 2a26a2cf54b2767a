// Run by bench/run.ts under `tsx --conditions=react-server` with DATABASE_URL set: parses and
// imports a generated 1,000-question document and prints the timings as one JSON line.
import { parseDocument } from "../src/features/questions/import/parse-document";
import { importParsedDocument } from "../src/features/questions/import/persist";
import { generateBankDocument } from "./lib/text";

const count = Number(process.argv[2] ?? 1000);
const document = generateBankDocument(count);
const started = performance.now();
const parsed = parseDocument(document);
const parsedAt = performance.now();
const summary = await importParsedDocument(parsed, { bankName: `Import benchmark ${process.pid}` });
const done = performance.now();
if (summary.created !== count) throw new Error(`expected ${count} questions, imported ${summary.created}`);
console.log(JSON.stringify({ questions: count, parseSeconds: (parsedAt - started) / 1000, importSeconds: (done - parsedAt) / 1000, totalSeconds: (done - started) / 1000 }));
process.exit(0);
