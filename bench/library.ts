// The `library` bench part: a folder of 500 generated documents imported with one `npm run import --
// DIR`, and a 1,000-question bank exported with `npm run export -- --bank NAME --out FILE`. Both run
// the real CLIs in child processes, as a user would, so the figures include starting tsx and
// connecting; `cliStartSeconds` (the export CLI printing its help) says how much of that is fixed cost.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { projectRoot } from "../scripts/lib/embedded-db";
import { tsxCli } from "../scripts/lib/prepare";
import { parseDocument } from "../src/features/questions/import/parse-document";
import { writeLibrary } from "./lib/library";
import { generateBankDocument } from "./lib/text";

const EXPORT_BANK = "Export benchmark";
const EXPORT_QUESTIONS = 1000;
const loadAverage = () => os.loadavg().map((n) => Math.round(n * 100) / 100);
const seconds = (since: number) => Math.round((performance.now() - since) / 10) / 100;

function cli(script: "import" | "export", args: string[], databaseUrl: string) {
  const run = spawnSync(process.execPath, [tsxCli(), "--conditions=react-server", `scripts/${script}.ts`, ...args], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
  });
  if (run.status !== 0) throw new Error(`npm run ${script} -- ${args.join(" ")} exited ${run.status}:\n${run.stderr.slice(-2000)}`);
  return run;
}

async function counts(databaseUrl: string): Promise<{ banks: number; questions: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT (SELECT count(*) FROM "Bank")::int AS banks, (SELECT count(*) FROM "Question")::int AS questions`);
    return rows[0] as { banks: number; questions: number };
  } finally {
    await client.end();
  }
}

export async function measureLibraryImport(databaseUrl: string, documents = 500) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "probe-bench-library-"));
  try {
    const library = writeLibrary(dir, documents);
    const before = await counts(databaseUrl);
    const load = { before: loadAverage(), after: [] as number[] };
    const started = performance.now();
    const run = cli("import", [dir], databaseUrl);
    const elapsed = seconds(started);
    load.after = loadAverage();
    const after = await counts(databaseUrl);
    // The figure means nothing unless every document and every question really reached the database.
    const banks = after.banks - before.banks;
    const questions = after.questions - before.questions;
    if (banks !== library.documents || questions !== library.questions) {
      throw new Error(`library import wrote ${banks} banks and ${questions} questions; the folder holds ${library.documents} documents and ${library.questions} questions\n${run.stdout.slice(-2000)}`);
    }
    return { documents: library.documents, questions, seconds: elapsed, loadAverage: load };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function measureExport(databaseUrl: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "probe-bench-export-"));
  try {
    // The bank to export, put in place through the import CLI (not timed).
    const source = path.join(dir, "source.md");
    writeFileSync(source, generateBankDocument(EXPORT_QUESTIONS, 11));
    cli("import", [source, "--bank", EXPORT_BANK], databaseUrl);

    let started = performance.now();
    cli("export", ["--help"], databaseUrl);
    const cliStartSeconds = seconds(started);

    const out = path.join(dir, "exported.md");
    const load = { before: loadAverage(), after: [] as number[] };
    started = performance.now();
    cli("export", ["--bank", EXPORT_BANK, "--out", out], databaseUrl);
    const elapsed = seconds(started);
    load.after = loadAverage();
    const markdown = readFileSync(out, "utf8");
    const exported = parseDocument(markdown).questions.length;
    if (exported !== EXPORT_QUESTIONS) throw new Error(`export wrote ${exported} questions; the bank holds ${EXPORT_QUESTIONS}`);
    return { questions: exported, seconds: elapsed, bytes: Buffer.byteLength(markdown), cliStartSeconds, loadAverage: load };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
