import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createQuestion } from "~tests/factories/questions";
import { resetDb } from "~tests/setup/reset-db";
import { IMPORT_MAX_BYTES, NO_QUESTIONS_MESSAGE } from "./input-guard";
import { parsedDocumentSchema } from "./schema";

const root = path.resolve(import.meta.dirname, "../../../..");
const fixtures = path.join(import.meta.dirname, "fixtures");
// Each case starts a Node process with tsx; shared machines can be slow to do that.
const SPAWN_TIMEOUT = 90_000;

// Runs the real CLI the way users do (tsx). The `cli` cases only ever use --dry-run or failing
// arguments; `importCli` runs it as `npm run import` does, on this test worker's own database.
function cli(...args: string[]) {
  return run([], args);
}

function importCli(...args: string[]) {
  return run(["--conditions=react-server"], args);
}

function run(nodeFlags: string[], args: string[]) {
  const result = spawnSync(process.execPath, [...nodeFlags, "--import", "tsx", path.join(root, "scripts/import.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: SPAWN_TIMEOUT,
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFile(name: string, content: string | Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "probe-import-")), name);
  writeFileSync(file, content);
  return file;
}

const counts = async () => ({ banks: await db.bank.count(), questions: await db.question.count(), versions: await db.questionVersion.count() });

describe("scripts/import.ts", () => {
  it("--dry-run --json prints exactly one JSON document in the public shape", () => {
    const { code, stdout, stderr } = cli(path.join(fixtures, "well-formed.txt"), "--dry-run", "--json", "--bank", "Indexes");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const payload = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(payload)).toEqual(["bank", "questions", "warnings"]);
    const doc = parsedDocumentSchema.parse(payload);
    expect(doc.bank.name).toBe("Indexes");
    expect(doc.bank.notes).toMatch(/^## Closing/);
    expect(doc.questions).toHaveLength(6);
  }, SPAWN_TIMEOUT);

  it("prints a human summary with counts per level and each warning", () => {
    const { code, stdout } = cli(path.join(fixtures, "broken.md"), "--dry-run");
    expect(code).toBe(0);
    expect(stdout).toContain("Bank: Broken Bank");
    expect(stdout).toContain("Questions: 3 (junior 3, middle 0, senior 0, staff 0)");
    expect(stdout).toContain("Q1: No model answer");
    expect(stdout).toContain("Dry run: nothing was written to the database.");
  }, SPAWN_TIMEOUT);

  it("honours --format", () => {
    const text = cli(path.join(fixtures, "well-formed.txt"), "--dry-run", "--format", "text");
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Format: text\n");
    // Read as Markdown, plain-text labels are just prose: the questions survive, the answers do not.
    const forced = cli(path.join(fixtures, "well-formed.txt"), "--dry-run", "--format", "markdown");
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("Format: markdown\n");
    expect(forced.stdout).toContain("Q1: No model answer");
  }, SPAWN_TIMEOUT);

  it.each([
    ["a missing file", ["does-not-exist.md", "--dry-run"]],
    ["no FILE", ["--dry-run"]],
    // A folder is a list of documents now (import-many-cli.test.ts); one holding none is still a usage error.
    ["a folder with no documents", [mkdtempSync(path.join(tmpdir(), "probe-empty-")), "--dry-run"]],
    ["an unknown format", ["x.md", "--format", "html"]],
    ["an unknown option", ["x.md", "--nope"]],
  ])("exits 1 with usage and no stack trace for %s", (_case, args) => {
    const { code, stdout, stderr } = cli(...args);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^import: /);
    expect(stderr).toContain("Usage: npx tsx scripts/import.ts FILE");
    expect(stderr).not.toMatch(/\n\s+at /);
  }, SPAWN_TIMEOUT);

  it("exits 2 when the document has no questions", () => {
    const file = tempFile("notes.txt", "Just some notes\n\nNo questions in here.\n");
    const { code, stdout, stderr } = cli(file, "--dry-run", "--json");
    expect(code).toBe(2);
    expect(JSON.parse(stdout).questions).toEqual([]);
    expect(stderr).toBe(`import: ${file}: ${NO_QUESTIONS_MESSAGE} Nothing was imported.\n`);
  }, SPAWN_TIMEOUT);
});

// A PNG signature and header chunk, then bytes that are not text.
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 151 + 7) % 256)),
]);

describe("scripts/import.ts refuses bad files and writes nothing", () => {
  beforeEach(resetDb);

  // The control: the same command on a good file does write to this database, so "unchanged"
  // below means refused, not "never connected".
  it("imports a well-formed document into the database", async () => {
    const before = await counts();
    const { code, stderr } = importCli(path.join(fixtures, "well-formed.md"));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const after = await counts();
    expect(after.banks).toBe(before.banks + 1);
    expect(after.questions).toBeGreaterThan(before.questions);
    expect(after.versions).toBeGreaterThan(before.versions);
  }, SPAWN_TIMEOUT);

  it.each([
    ["an oversized file", () => tempFile("huge.md", `### Q1. Big\n\n${"x".repeat(IMPORT_MAX_BYTES + 1024)}`), 1, /: This file is 5\.1 MB; the limit is 5 MB\. Nothing was imported\.\n$/],
    ["a binary file (a PNG)", () => tempFile("diagram.png", png), 1, /: This looks like a binary file \(e\.g\. an image or PDF\), not a text document: it contains NUL bytes \(the first at byte 8\)\. Nothing was imported\.\n$/],
    ["a file that is not UTF-8", () => tempFile("latin1.txt", Buffer.from("Q1. Caf\xe9 au lait?\n", "latin1")), 1, /: This looks like a binary file .*: it is not valid UTF-8 text\. Nothing was imported\.\n$/],
    ["an empty file", () => tempFile("empty.md", ""), 2, /: This file is empty; there is nothing to import\. Nothing was imported\.\n$/],
    ["a document without questions", () => tempFile("notes.md", "# Notes\n\nSome prose, and no question in it.\n"), 2, /: No questions were found in this document\. .* Nothing was imported\.\n$/],
  ])("exits non-zero for %s with a clear message, database unchanged", async (_case, make, exitCode, message) => {
    await createQuestion(db);
    const before = await counts();
    const file = make();
    const { code, stderr } = importCli(file);
    expect(code).toBe(exitCode);
    expect(stderr.startsWith(`import: ${file}: `)).toBe(true);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(await counts()).toEqual(before);
  }, SPAWN_TIMEOUT);
});

describe("scripts/import.ts --plan", () => {
  beforeEach(resetDb);
  const source = () => readFileSync(path.join(fixtures, "well-formed.md"), "utf8");
  const rows = () => db.question.findMany({ orderBy: { id: "asc" } });
  const allCounts = async () => ({ ...(await counts()), audits: await db.auditEntry.count() });

  it("prints what an import would do, question by question, and writes nothing", async () => {
    expect(importCli(path.join(fixtures, "well-formed.md")).code).toBe(0);
    const q1 = await db.question.findFirstOrThrow({ where: { number: 1 } });
    // An edit made in Probe, and a document that changed the same question and renumbered another.
    await db.question.update({ where: { id: q1.id }, data: { modelAnswer: "Edited in Probe.", version: 2 } });
    await db.questionVersion.create({ data: { questionId: q1.id, version: 2, level: q1.level, title: q1.title, prompt: q1.prompt, modelAnswer: "Edited in Probe.", wrongAnswers: q1.wrongAnswers ?? [], probes: q1.probes ?? [], sections: q1.sections ?? [] } });
    const changed = tempFile(
      "changed.md",
      source()
        .replace("An index is a separate, sorted data structure", "An index is a sorted structure kept beside the table")
        .replace("### Q2. Why is this query slow", "### Q12. Why is this query slow"),
    );
    const [before, beforeRows] = [await allCounts(), await rows()];

    const table = importCli(changed, "--plan");
    expect(table.stderr).toBe("");
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Plan for "Database Indexes — Interview Questions" \(an existing bank\): 0 new, 0 updated, \d+ unchanged, 0 archived, 1 renumbered, 1 conflict \(0 take the document's version, 1 keeps Probe's\)\./);
    expect(table.stdout).toMatch(new RegExp(`CONFLICT +Q1 +${q1.id} +What is a database index\\?  \\(keeps Probe's version \\(--take-document ${q1.id} takes the document's\\)\\)`));
    expect(table.stdout).toMatch(/unchanged +Q12 +\S+ +Why is this query slow .*\(was Q2\)/);
    expect(table.stdout).toContain("    - Edited in Probe.");
    expect(table.stdout).toContain("    + An index is a sorted structure kept beside the table");
    expect(table.stdout).toContain("Plan only: nothing was written to the database.");

    const json = importCli(changed, "--plan", "--json", "--take-document", q1.id);
    expect(json.code).toBe(0);
    const plan = JSON.parse(json.stdout) as { conflicts: number; entries: Array<{ id: string; status: string; resolution: string | null }> };
    expect(plan.conflicts).toBe(1);
    expect(plan.entries.find((e) => e.id === q1.id)).toMatchObject({ status: "conflict", resolution: "document" });

    expect(await allCounts()).toEqual(before);
    expect(await rows()).toEqual(beforeRows);

    // The import itself keeps Probe's version unless told otherwise.
    expect(importCli(changed).stdout).toContain("1 conflict (0 take the document's version, 1 keeps Probe's). See the conflicts with --plan");
    expect((await db.question.findUniqueOrThrow({ where: { id: q1.id } })).modelAnswer).toBe("Edited in Probe.");
    expect(importCli(changed, "--prefer", "document").code).toBe(0);
    expect((await db.question.findUniqueOrThrow({ where: { id: q1.id } })).modelAnswer).toMatch(/^An index is a sorted structure kept beside the table/);
  }, SPAWN_TIMEOUT * 4);

  it.each([
    ["--plan with --dry-run", ["--plan", "--dry-run"], "--plan reads the database and --dry-run never touches it"],
    ["a bad --prefer", ["--prefer", "mine"], '--prefer must be probe or document (got "mine")'],
    ["a bad --take-document", ["--take-document", "not an id"], '--take-document needs a question id (got "not an id")'],
  ])("refuses %s with usage", (_case, args, message) => {
    const { code, stdout, stderr } = cli(path.join(fixtures, "well-formed.md"), ...args);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain(`import: ${message}`);
  }, SPAWN_TIMEOUT);
});
