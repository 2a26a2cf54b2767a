import { describe, expect, it } from "vitest";
import { safeCallbackUrl, sameOriginRedirect } from "./redirects";

// The open-redirect variants an outside test found (issue 14), and their relatives. A browser
// given each of these as a Location would leave the origin, or the header would break.
const ESCAPES = [
  "https://evil.example/",
  "//evil.example",
  "/\\evil.example",
  "/\t/evil.example/x",
  "/\n/evil.example/x",
  "/.//evil.example/x",
  "/x/..//evil.example/x",
  "/./\\evil.example",
  "\\\\evil.example",
  "/%2e%2e//evil.example", // percent-encoded dots count as dots in a path
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "/sessions\r\nSet-Cookie: x=1",
  "/sessions\r",
  "/sessions\u0000",
  "https://user:pass@evil.example/",
  "",
];

describe("safeCallbackUrl", () => {
  it.each([
    ["/sessions/1", "/sessions/1"],
    ["/sessions/1?tab=notes#q2", "/sessions/1?tab=notes#q2"],
    ["/questions/../sessions", "/sessions"],
    ["/%09/evil.example/x", "/%09/evil.example/x"], // an encoded tab stays text in a path on this origin
    ["/a//b", "/a//b"],
    [undefined, undefined],
    [null, undefined],
  ])("keeps a path on this origin: %j → %j", (value, expected) => {
    expect(safeCallbackUrl(value)).toBe(expected);
  });

  it.each([...ESCAPES, "http:evil.example", "http://localhost:3000/sessions"])("refuses %j", (value) => {
    expect(safeCallbackUrl(value)).toBeUndefined();
  });

  it("refuses absurdly long values instead of carrying them around", () => {
    expect(safeCallbackUrl(`/${"a".repeat(5000)}`)).toBeUndefined();
  });
});

describe("sameOriginRedirect (Auth.js's redirect callback)", () => {
  const base = "http://localhost:3000";

  it.each([
    ["/sessions", "http://localhost:3000/sessions"],
    ["http://localhost:3000/candidates?x=1", "http://localhost:3000/candidates?x=1"],
    ["/sign-in?callbackUrl=%2Fquestions", "http://localhost:3000/sign-in?callbackUrl=%2Fquestions"],
    // Relative to this origin, whatever it looks like: a browser resolves it the same way.
    ["http:evil.example", "http://localhost:3000/evil.example"],
  ])("keeps %j", (url, expected) => {
    expect(sameOriginRedirect(url, base)).toBe(expected);
  });

  it.each([...ESCAPES, "http://localhost:3001/", "https://localhost:3000/", "http://localhost:3000.evil.example/"])("refuses %j", (url) => {
    expect(sameOriginRedirect(url, base)).toBeNull();
  });
});
