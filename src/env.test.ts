// No fixed AUTH_SECRET anywhere (issue 14): outside production, a secret is made at random once
// per machine and kept; where none can be kept, starting fails with what to do.
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { localAuthSecret } from "./env";

const made: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "probe-secret-"));
  made.push(dir);
  return dir;
};

afterEach(() => {
  for (const dir of made.splice(0)) {
    chmodSync(dir, 0o700);
    rmSync(dir, { recursive: true, force: true });
  }
});

describe("localAuthSecret", () => {
  it("makes a random secret once, readable by its owner only, and keeps using it", () => {
    const dir = freshDir();
    const secret = localAuthSecret(dir);
    expect(secret.length).toBeGreaterThanOrEqual(32);
    const file = path.join(dir, ".data", "auth-secret");
    expect(readFileSync(file, "utf8")).toBe(secret);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(localAuthSecret(dir)).toBe(secret);
    // Another machine (another directory) gets another secret.
    expect(localAuthSecret(freshDir())).not.toBe(secret);
  });

  it("replaces nothing it did not make, and refuses a kept value too short to be a secret", () => {
    const dir = freshDir();
    mkdirSync(path.join(dir, ".data"));
    writeFileSync(path.join(dir, ".data", "auth-secret"), "short");
    expect(() => localAuthSecret(dir)).toThrow(/AUTH_SECRET is not set and no local secret could be kept/);
  });

  it("refuses to start, saying what to set, where no secret can be kept", () => {
    const dir = freshDir();
    chmodSync(dir, 0o500);
    // root may write anywhere; the refusal is then shown by the directory holding a file instead.
    if (process.getuid?.() === 0) writeFileSync(path.join(dir, ".data"), "not a directory");
    expect(() => localAuthSecret(dir)).toThrow(/Set AUTH_SECRET to 32 or more random characters/);
  });
});
