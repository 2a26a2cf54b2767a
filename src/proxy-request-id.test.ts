import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "./proxy";

// The proxy names every request it passes on (X-Request-Id on the forwarded request, which the
// route handlers and server actions log under) and shows the id on the answer; a route handler
// behind it sets the answer's header itself (src/server/errors.ts), so the proxy leaves that one.
const forwarded = (response: Response) => response.headers.get("x-middleware-request-x-request-id");

describe("proxy request ids", () => {
  it("gives a page request a new id, forwarded and answered", () => {
    const response = proxy(new NextRequest("http://localhost/sign-in"));
    const id = response.headers.get("X-Request-Id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(forwarded(response)).toBe(id);
  });

  it("keeps a well-formed incoming id and replaces a malformed one", () => {
    const kept = proxy(new NextRequest("http://localhost/sign-in", { headers: { "x-request-id": "lb-0123456789" } }));
    expect(kept.headers.get("X-Request-Id")).toBe("lb-0123456789");
    expect(forwarded(kept)).toBe("lb-0123456789");
    const replaced = proxy(new NextRequest("http://localhost/sign-in", { headers: { "x-request-id": "bad id" } }));
    expect(replaced.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("forwards the id to a route handler without answering with it, and answers its own refusals with one", () => {
    const passed = proxy(new NextRequest("http://localhost/api/sessions"));
    expect(forwarded(passed)).toMatch(/^[0-9a-f-]{36}$/);
    expect(passed.headers.get("X-Request-Id")).toBeNull();
    const refused = proxy(new NextRequest("http://localhost/api/sessions", { method: "POST", headers: { origin: "https://evil.example", host: "localhost" } }));
    expect(refused.status).toBe(403);
    expect(refused.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers the redirect to sign-in with an id", () => {
    const response = proxy(new NextRequest("http://localhost/sessions"));
    expect(response.status).toBe(307);
    expect(response.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
