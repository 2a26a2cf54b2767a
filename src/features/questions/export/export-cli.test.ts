// `npm run export -- --bank NAME [--out FILE]` on this test worker's database: the file imports back unchanged.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { resetDb } from "~tests/setup/reset-db";
import { parseDocument } from "../import/parse-document";
import { importParsedDocument } from "../import/persist";

const root = path.resolve(import.meta.dirname, "../../../..");
const SPAWN_TIMEOUT = 120_000;
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts/export.ts"), ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: SPAWN_TIMEOUT,
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

beforeEach(async () => {
  await resetDb();
});

describe("scripts/export.ts", () => {
  it("writes the bank to --out, and importing the file changes nothing", async () => {
    const fixture = readFileSync(path.join(root, "src/features/questions/import/fixtures/library/caches.md"), "utf8");
    await importParsedDocument(parseDocument(fixture));
    const out = path.join(mkdtempSync(path.join(tmpdir(), "probe-export-")), "caches.md");
    const { code, stderr } = run("--bank", "Caching in web services", "--out", out);
    expect(code, stderr).toBe(0);
    const again = await importParsedDocument(parseDocument(readFileSync(out, "utf8")));
    expect(again).toMatchObject({ created: 0, updated: 0, archived: 0, unchanged: 4 });
  }, SPAWN_TIMEOUT);

  it("exits 1 for no such bank and for a missing --bank", () => {
    expect(run("--bank", "Nope")).toMatchObject({ code: 1, stdout: "" });
    const missing = run();
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Usage: npm run export");
  }, SPAWN_TIMEOUT);
});
