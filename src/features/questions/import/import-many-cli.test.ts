// `npm run import -- PATH...`: folders and several files, each its own bank and transaction.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { resetDb } from "~tests/setup/reset-db";

const root = path.resolve(import.meta.dirname, "../../../..");
const library = path.join(import.meta.dirname, "fixtures", "library");
const SPAWN_TIMEOUT = 120_000;

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts/import.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: SPAWN_TIMEOUT,
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The library copied beside an empty document and a file that is not a document. */
function folderWithAFailure(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "probe-library-"));
  cpSync(library, path.join(dir, "docs"), { recursive: true });
  writeFileSync(path.join(dir, "docs", "empty.md"), "");
  writeFileSync(path.join(dir, "docs", "image.png"), "not a document");
  return dir;
}

beforeEach(async () => {
  await resetDb();
});

describe("importing a folder", () => {
  it("--dry-run --json prints one object with a document per file, sorted, with its file", () => {
    const { code, stdout } = run(library, "--dry-run", "--json");
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { documents: Array<{ file: string; bank: { name: string }; questions: unknown[]; warnings: unknown[] }> };
    expect(out.documents.map((doc) => path.basename(doc.file))).toEqual(["caches.md", "message-queues.md", "queries.txt"]);
    expect(out.documents.map((doc) => [doc.bank.name, doc.questions.length])).toEqual([
      ["Caching in web services", 4],
      ["Message Queues", 9],
      ["SQL query tuning", 4],
    ]);
  }, SPAWN_TIMEOUT);

  it("imports each document as its own bank; a failing one does not stop the others, and the exit code says so", async () => {
    const dir = folderWithAFailure();
    const { code, stdout, stderr } = run(path.join(dir, "docs"));
    expect(code).toBe(1);
    expect(stderr).toMatch(/1 of 4 documents failed/);
    expect(stdout).toMatch(/empty\.md: FAILED/);
    expect(stdout).toMatch(/document\s+bank\s+new\s+changed\s+unchanged\s+warnings/);
    expect(stdout).toMatch(/message-queues\.md\s+Message Queues\s+9\s+0\s+0\s+1/);
    const banks = await db.bank.findMany({ orderBy: { name: "asc" }, select: { name: true, _count: { select: { questions: true } } } });
    expect(banks.map((bank) => [bank.name, bank._count.questions])).toEqual([
      ["Caching in web services", 4],
      ["Message Queues", 9],
      ["SQL query tuning", 4],
    ]);

    // Again: every question unchanged.
    const again = run(path.join(dir, "docs", "caches.md"), path.join(dir, "docs", "queries.txt"), "--json");
    expect(again.code).toBe(0);
    const result = (JSON.parse(again.stdout) as { documents: Array<{ result: { created: number; unchanged: number } }> }).documents.map((doc) => doc.result);
    expect(result).toEqual([expect.objectContaining({ created: 0, unchanged: 4 }), expect.objectContaining({ created: 0, unchanged: 4 })]);
  }, SPAWN_TIMEOUT * 2);

  it("--bank NAME merges the documents into one bank", async () => {
    const { code } = run(path.join(library, "caches.md"), path.join(library, "queries.txt"), "--bank", "Data");
    expect(code).toBe(0);
    const bank = await db.bank.findUniqueOrThrow({ where: { name: "Data" }, select: { questions: { select: { number: true }, orderBy: { number: "asc" } } } });
    expect(bank.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await db.bank.count()).toBe(1);
  }, SPAWN_TIMEOUT);
});
