import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isCrossOriginWrite } from "./security-headers";

describe("content security policy", () => {
  it("allows scripts only with the request's nonce and forbids framing", () => {
    const csp = contentSecurityPolicy("abc123", false);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });
});

describe("cross-origin writes", () => {
  it.each([
    ["POST", "https://evil.example", "probe.example", true],
    ["POST", "null", "probe.example", true],
    ["POST", "not a url", "probe.example", true],
    ["POST", "http://localhost:3000", "localhost:3000", false],
    ["DELETE", "http://localhost:3001", "localhost:3000", true],
    ["GET", "https://evil.example", "probe.example", false],
    ["POST", null, "probe.example", false],
  ])("%s from %s to %s refused = %s", (method, origin, host, refused) => {
    expect(isCrossOriginWrite(method, origin, host)).toBe(refused);
  });
});
