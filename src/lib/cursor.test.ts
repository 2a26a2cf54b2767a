import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cursorInstant, cursorSchema, encodeCursor, pageHref, readPageCursor } from "./cursor";

const schema = cursorSchema(["newest"], z.tuple([z.union([cursorInstant, z.null()]), z.string().min(1)]));
const good = { dir: "next" as const, sort: "newest", key: ["2026-11-30T10:00:00.123Z", "cm5abc"] as [string, string] };

describe("page cursors", () => {
  it("round-trip, opaque and URL-safe, whatever the key holds", () => {
    for (const cursor of [good, { dir: "prev" as const, sort: "newest", key: [null, "Zoë — “quoted” ✓"] as [null, string] }]) {
      const text = encodeCursor(cursor);
      expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(schema.parse(text)).toEqual(cursor);
    }
  });

  it.each([
    ["not base64url", "!!!"],
    ["not JSON", Buffer.from("{nope").toString("base64url")],
    ["another sort", encodeCursor({ ...good, sort: "name" })],
    ["a key of the wrong shape", encodeCursor({ ...good, key: [42, "cm5abc"] })],
    ["a time that is not one", encodeCursor({ ...good, key: ["yesterday", "cm5abc"] })],
    ["a direction that is not one", Buffer.from(JSON.stringify(["x", "newest", ["2026-11-30T10:00:00.123Z", "a"]])).toString("base64url")],
    ["too long", "A".repeat(2000)],
    ["invalid UTF-8", Buffer.from([0xff, 0xfe, 0x80]).toString("base64url")],
  ])("refuses %s with a message, never throwing", (_case, text) => {
    const result = schema.safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/Not a valid page link|Too big|too_big|at most/i);
  });

  it("reads a page's ?cursor= leniently: absent is the first page, a bad one is flagged and ignored", () => {
    expect(readPageCursor(schema, undefined)).toEqual({ cursor: null, invalid: false });
    expect(readPageCursor(schema, "")).toEqual({ cursor: null, invalid: false });
    expect(readPageCursor(schema, "garbage")).toEqual({ cursor: null, invalid: true });
    expect(readPageCursor(schema, [encodeCursor(good), "x"])).toEqual({ cursor: good, invalid: false });
  });

  it("builds a list's link with its filters and the cursor, leaving out empty ones", () => {
    expect(pageHref("/sessions", { q: "ada lovelace", status: undefined }, "abc")).toBe("/sessions?q=ada+lovelace&cursor=abc");
    expect(pageHref("/sessions", {})).toBe("/sessions");
  });
});
