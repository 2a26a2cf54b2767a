import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsedDocumentSchema } from "./schema";

const root = path.resolve(import.meta.dirname, "../../../..");
const fixtures = path.join(import.meta.dirname, "fixtures");
// Each case starts a Node process with tsx; shared machines can be slow to do that.
const SPAWN_TIMEOUT = 90_000;

// Runs the real CLI the way users do (tsx), only ever with --dry-run or failing arguments, so no
// database is involved.
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts/import.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: SPAWN_TIMEOUT,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

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
    ["a directory", [fixtures, "--dry-run"]],
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
    const dir = mkdtempSync(path.join(tmpdir(), "probe-import-"));
    const file = path.join(dir, "notes.txt");
    writeFileSync(file, "Just some notes\n\nNo questions in here.\n");
    const { code, stdout, stderr } = cli(file, "--dry-run", "--json");
    expect(code).toBe(2);
    expect(JSON.parse(stdout).questions).toEqual([]);
    expect(stderr).toContain("no questions found");
  }, SPAWN_TIMEOUT);
});
