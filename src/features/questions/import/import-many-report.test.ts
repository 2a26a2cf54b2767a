// What `npm run import -- PATH...` tells its user over several documents: a progress bar on a
// terminal (the real CLI on a real pseudo-terminal, through util-linux `script`), a line per
// document otherwise, a plan that writes nothing, and a summary that names the document that failed.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { resetDb } from "~tests/setup/reset-db";
import { parseDocument } from "./parse-document";
import { importParsedDocument } from "./persist";

const root = path.resolve(import.meta.dirname, "../../../..");
const library = path.join(import.meta.dirname, "fixtures", "library");
const SPAWN_TIMEOUT = 120_000;
const NODE_ARGS = ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts/import.ts")];
const DOCUMENTS = ["caches.md", "message-queues.md", "queries.txt"];
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [...NODE_ARGS, ...args], { cwd: root, encoding: "utf8", timeout: SPAWN_TIMEOUT, env: process.env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The CLI with its stdin, stdout and stderr on a pseudo-terminal: what a person at a terminal sees (both streams, in order). */
function runOnTerminal(...args: string[]) {
  const quote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;
  const command = [process.execPath, ...NODE_ARGS, ...args].map(quote).join(" ");
  const result = spawnSync("script", ["--quiet", "--return", "--command", command, "/dev/null"], {
    cwd: root,
    encoding: "utf8",
    timeout: SPAWN_TIMEOUT,
    env: process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return { code: result.status, output: result.stdout, stderr: result.stderr };
}

function copyOfLibrary(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), "probe-library-")), "docs");
  cpSync(library, dir, { recursive: true });
  return dir;
}

const rowCounts = async () => ({
  banks: await db.bank.count(),
  questions: await db.question.count(),
  versions: await db.questionVersion.count(),
  audit: await db.auditEntry.count(),
  lastChange: (await db.question.aggregate({ _max: { updatedAt: true } }))._max.updatedAt,
});

beforeEach(async () => {
  await resetDb();
});

describe("progress over several documents", () => {
  it("on a terminal: one bar redrawn in place, document by document, then the summary table", async () => {
    const { code, output, stderr } = runOnTerminal(library);
    expect(code, output + stderr).toBe(0);
    // Each frame starts with a carriage return, fills a third more and counts up; the last one says done, then a new line.
    const frames = [...output.matchAll(/\r\[([#.]{30})\] (\d+)\/3 (.*?) *(?=\r|\n)/g)].map((match) => [match[1]!.replaceAll(".", "").length, match[2], match[3]]);
    expect(frames).toEqual([
      [0, "0", path.join(library, DOCUMENTS[0]!).slice(-40)],
      [10, "1", path.join(library, DOCUMENTS[1]!).slice(-40)],
      [20, "2", path.join(library, DOCUMENTS[2]!).slice(-40)],
      [30, "3", "done"],
    ]);
    expect(output).toMatch(/\r\[#{30}\] 3\/3 done *\r?\n/);
    // The bar replaces the per-document lines; the summary table follows it.
    expect(output).not.toMatch(/caches\.md: Caching in web services: 4 new/);
    expect(output).toMatch(/document\s+bank\s+new\s+changed\s+unchanged\s+warnings/);
    expect(output).toMatch(/caches\.md\s+Caching in web services\s+4\s+0\s+0\s+0/);
    expect(await db.bank.count()).toBe(3);
  }, SPAWN_TIMEOUT);

  it("not on a terminal: one line per document as each is done, in order, and no bar", async () => {
    const { code, stdout, stderr } = run(library);
    expect(code, stderr).toBe(0);
    expect(stderr).not.toContain("\r");
    expect(stdout).not.toContain("\r");
    const perDocument = stdout.split("\n").filter((line) => line.startsWith(`${library}/`) && line.includes(": "));
    expect(perDocument).toEqual([
      `${path.join(library, "caches.md")}: Caching in web services: 4 new, 0 changed, 0 unchanged, 0 warnings`,
      `${path.join(library, "message-queues.md")}: Message Queues: 9 new, 0 changed, 0 unchanged, 1 warnings`,
      `${path.join(library, "queries.txt")}: SQL query tuning: 4 new, 0 changed, 0 unchanged, 0 warnings`,
    ]);
    // The lines come before the table, which repeats each document once.
    expect(stdout.indexOf("document ")).toBeGreaterThan(stdout.lastIndexOf(perDocument.at(-1)!));
    expect(await db.bank.count()).toBe(3);
  }, SPAWN_TIMEOUT);
});

describe("--plan and --dry-run over several documents", () => {
  it("--plan reports what each document would do against the database and writes nothing", async () => {
    const dir = copyOfLibrary();
    await importParsedDocument(parseDocument(readFileSync(path.join(dir, "caches.md"), "utf8")));
    // One answer in the stored document changes; the two other documents are new.
    const caches = readFileSync(path.join(dir, "caches.md"), "utf8");
    const edited = caches.replace("The share of reads served from the cache.", "The fraction of reads the cache answers.");
    expect(edited).not.toBe(caches);
    writeFileSync(path.join(dir, "caches.md"), edited);
    const before = await rowCounts();

    const { code, stdout, stderr } = run(dir, "--plan");
    expect(code, stderr).toBe(0);
    expect(stdout).toContain(`${path.join(dir, "caches.md")}: Caching in web services: 0 new, 1 changed, 3 unchanged`);
    expect(stdout).toContain(`${path.join(dir, "message-queues.md")}: Message Queues: 9 new, 0 changed, 0 unchanged`);
    expect(stdout).toContain(`${path.join(dir, "queries.txt")}: SQL query tuning: 4 new, 0 changed, 0 unchanged`);
    expect(stdout).toMatch(/caches\.md\s+Caching in web services\s+0\s+1\s+3\s+0/);
    expect(await rowCounts()).toEqual(before);

    const json = run(dir, "--plan", "--json");
    expect(json.code, json.stderr).toBe(0);
    const plans = (JSON.parse(json.stdout) as { documents: Array<{ file: string; plan: { bankExists: boolean; created: number; updated: number } }> }).documents;
    expect(plans.map((doc) => [path.basename(doc.file), doc.plan.bankExists, doc.plan.created, doc.plan.updated])).toEqual([
      ["caches.md", true, 0, 1],
      ["message-queues.md", false, 9, 0],
      ["queries.txt", false, 4, 0],
    ]);
    expect(await rowCounts()).toEqual(before);
  }, SPAWN_TIMEOUT * 2);

  it("--dry-run reports each document and writes nothing", async () => {
    const before = await rowCounts();
    const { code, stdout, stderr } = run(library, "--dry-run");
    expect(code, stderr).toBe(0);
    for (const [file, bank, questions] of [["caches.md", "Caching in web services", 4], ["message-queues.md", "Message Queues", 9], ["queries.txt", "SQL query tuning", 4]] as const) {
      expect(stdout).toContain(`${path.join(library, file)}: ${bank}: ${questions} new, 0 changed, 0 unchanged`);
    }
    expect(stdout).toContain("Dry run: nothing was written to the database.");
    expect(await rowCounts()).toEqual(before);
  }, SPAWN_TIMEOUT);
});

describe("a failing document among good ones", () => {
  // The database itself refuses one document's questions, part-way through its transaction (its
  // bank row is already written by then): that document must leave nothing behind.
  beforeEach(async () => {
    await db.$executeRawUnsafe(`CREATE FUNCTION refuse_message_queues() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused by the test database'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_message_queues BEFORE INSERT ON "Question" FOR EACH ROW
      WHEN (NEW.title LIKE 'What does a message queue give two services%') EXECUTE FUNCTION refuse_message_queues()`);
  });
  afterEach(async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS refuse_message_queues ON "Question"`);
    await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS refuse_message_queues()`);
  });

  it("the others are imported, the failed one wrote nothing, the exit code is 1 and the summary names it", async () => {
    const dir = copyOfLibrary();
    writeFileSync(path.join(dir, "notes.md"), "# Notes\n\nNo questions here, only prose.\n");
    const { code, stdout, stderr } = run(dir);
    expect(code).toBe(1);
    expect(stderr).toContain("import: 2 of 4 documents failed; the others were imported.");
    const table = stdout.slice(stdout.indexOf("document "));
    expect(table).toMatch(new RegExp(`${literally(path.join(dir, "message-queues.md"))}\\s+FAILED: [^\\n]*refused by the test database`));
    // A row per document, each on one line, however many lines the database's message has.
    expect(table.trimEnd().split("\n")).toHaveLength(2 + 4);
    expect(table).toMatch(new RegExp(`${literally(path.join(dir, "notes.md"))}\\s+FAILED: no questions found`));
    expect(table).toMatch(/caches\.md\s+Caching in web services\s+4\s+0\s+0\s+0/);
    expect(table).toMatch(/queries\.txt\s+SQL query tuning\s+4\s+0\s+0\s+0/);

    const banks = await db.bank.findMany({ orderBy: { name: "asc" }, select: { name: true, _count: { select: { questions: true } } } });
    expect(banks.map((bank) => [bank.name, bank._count.questions])).toEqual([
      ["Caching in web services", 4],
      ["SQL query tuning", 4],
    ]);
    expect(await db.auditEntry.count({ where: { action: "bank.import" } })).toBe(2);
  }, SPAWN_TIMEOUT);
});
