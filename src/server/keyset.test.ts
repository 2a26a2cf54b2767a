import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cursorSchema, type Cursor } from "@/lib/cursor";
import { Prisma } from "@/generated/prisma/client";
import { keysetOrderBy, keysetPage, keysetWhere, type KeysetOrder } from "./keyset";

const order: KeysetOrder = {
  name: "recent",
  direction: "desc",
  firstNullable: true,
  keys: [
    { sql: Prisma.sql`c."at"`, type: "timestamp" },
    { sql: Prisma.sql`c."id"`, type: "text" },
  ],
};
const parse = cursorSchema(["recent"], z.tuple([z.union([z.string(), z.null()]), z.string()]));
const sql = (statement: Prisma.Sql | null) => statement && { text: statement.sql.replace(/\s+/g, " "), values: statement.values };

describe("keyset SQL", () => {
  it("reads forward after a non-null key: smaller keys, ties by id, then the nulls", () => {
    const cursor: Cursor = { dir: "next", sort: "recent", key: ["2026-01-01T00:00:00.000Z", "b"] };
    expect(sql(keysetWhere(order, cursor))).toEqual({ text: '((c."at",c."id") < (?::timestamp(3),?::text) OR c."at" IS NULL)', values: ["2026-01-01T00:00:00.000Z", "b"] });
    expect(keysetOrderBy(order, cursor).sql).toBe('c."at" DESC NULLS LAST,c."id" DESC');
  });

  it("reads forward after a null key: only nulls with a smaller id", () => {
    expect(sql(keysetWhere(order, { dir: "next", sort: "recent", key: [null, "b"] }))).toEqual({ text: '(c."at" IS NULL AND (c."id") < (?::text))', values: ["b"] });
  });

  it("reads backwards in the mirror order", () => {
    expect(sql(keysetWhere(order, { dir: "prev", sort: "recent", key: ["2026-01-01T00:00:00.000Z", "b"] }))?.text).toBe('(c."at",c."id") > (?::timestamp(3),?::text)');
    expect(sql(keysetWhere(order, { dir: "prev", sort: "recent", key: [null, "b"] }))?.text).toBe('(c."at" IS NOT NULL OR (c."id") > (?::text))');
    expect(keysetOrderBy(order, { dir: "prev", sort: "recent", key: [null, "b"] }).sql).toBe('c."at" ASC NULLS FIRST,c."id" ASC');
    expect(keysetWhere(order, null)).toBeNull();
  });
});

describe("keysetPage", () => {
  const rows = (ids: string[]) => ids.map((id) => ({ id, at: null }));
  const key = (row: { id: string; at: string | null }) => [row.at, row.id];
  const cursorOf = (text: string | null) => (text ? parse.parse(text) : null);

  it("on the first page: a next cursor when there is more, no previous", () => {
    const page = keysetPage(rows(["a", "b", "c"]), order, null, 2, key);
    expect(page.items.map((r) => r.id)).toEqual(["a", "b"]);
    expect(cursorOf(page.next)).toEqual({ dir: "next", sort: "recent", key: [null, "b"] });
    expect(page.prev).toBeNull();
  });

  it("read backwards: rows come back in list order, with both cursors", () => {
    const cursor: Cursor = { dir: "prev", sort: "recent", key: [null, "d"] };
    const page = keysetPage(rows(["c", "b", "a"]), order, cursor, 2, key);
    expect(page.items.map((r) => r.id)).toEqual(["b", "c"]);
    expect(cursorOf(page.prev)).toEqual({ dir: "prev", sort: "recent", key: [null, "b"] });
    expect(cursorOf(page.next)).toEqual({ dir: "next", sort: "recent", key: [null, "c"] });
  });

  it("on the last page: no next, a previous", () => {
    const page = keysetPage(rows(["e"]), order, { dir: "next", sort: "recent", key: [null, "d"] }, 2, key);
    expect(page.next).toBeNull();
    expect(cursorOf(page.prev)).toEqual({ dir: "prev", sort: "recent", key: [null, "e"] });
  });
});
