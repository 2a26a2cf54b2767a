import { describe, expect, it } from "vitest";
import { generateJoinToken, hashJoinToken, isWellFormedToken } from "./token";

describe("join tokens", () => {
  it("carry at least 128 random bits, base64url encoded", () => {
    const { token } = generateJoinToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    const bits = Buffer.from(token, "base64url").length * 8;
    expect(bits).toBeGreaterThanOrEqual(128);
    expect(isWellFormedToken(token)).toBe(true);
  });

  it("are different every time", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => generateJoinToken().token));
    expect(tokens.size).toBe(200);
  });

  it("are stored as their sha256, never as themselves", () => {
    const { token, tokenHash } = generateJoinToken();
    expect(tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash).not.toContain(token);
    expect(hashJoinToken(token)).toBe(tokenHash);
    expect(hashJoinToken(`${token}x`)).not.toBe(tokenHash);
  });

  it("rejects anything that is not shaped like a token", () => {
    for (const bad of ["", "short", "a".repeat(42), "a".repeat(44), `${"a".repeat(42)}=`, `${"a".repeat(42)}/`]) {
      expect(isWellFormedToken(bad)).toBe(false);
    }
  });
});
