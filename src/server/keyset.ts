import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { encodeCursor, type Cursor, type CursorValue } from "@/lib/cursor";

// Keyset paging for every list: a page is "the rows after (or before) this row in the list's
// order", found by a row comparison the order's index answers directly, so page 400 costs what
// page 1 costs and rows sharing a sort value (audit entries of one millisecond) are each visited
// exactly once: every order ends in the id. OFFSET would walk every row before the page, and a
// comparison on the sort value alone skips or repeats rows that tie (the audit log did).

export type SortKey = { sql: Prisma.Sql; type: "timestamp" | "text" | "int" };

export type KeysetOrder = {
  /** Named in the cursor, so a cursor of another order is refused rather than misread. */
  name: string;
  direction: "asc" | "desc";
  /** The sort keys, the last one unique (the id). Only the first may be null, and nulls come last. */
  keys: readonly SortKey[];
  firstNullable?: boolean;
};

export type Page<T> = { items: T[]; next: string | null; prev: string | null };

const cast = (value: CursorValue, type: SortKey["type"]) =>
  type === "timestamp" ? Prisma.sql`${value}::timestamp(3)` : type === "int" ? Prisma.sql`${value}::int` : Prisma.sql`${value}::text`;

function compare(keys: readonly SortKey[], values: readonly CursorValue[], op: "<" | ">"): Prisma.Sql {
  const left = Prisma.join(keys.map((k) => k.sql));
  const right = Prisma.join(keys.map((k, i) => cast(values[i] ?? null, k.type)));
  return Prisma.sql`(${left}) ${Prisma.raw(op)} (${right})`;
}

/** The WHERE condition that starts the page after or before the cursor's row (null: the first page). */
export function keysetWhere(order: KeysetOrder, cursor: Cursor | null): Prisma.Sql | null {
  if (!cursor) return null;
  const forward = order.direction === "desc" ? "<" : ">";
  const op = cursor.dir === "next" ? forward : forward === "<" ? ">" : "<";
  const [first, ...rest] = order.keys;
  if (!order.firstNullable || !first) return compare(order.keys, cursor.key, op);
  const [value, ...restValues] = cursor.key;
  // Nulls sort last: after a non-null row come the smaller values and then every null; after a
  // null row only nulls with a later id. Reading backwards, the mirror image.
  if (cursor.dir === "next") {
    return value === null
      ? Prisma.sql`(${first.sql} IS NULL AND ${compare(rest, restValues, op)})`
      : Prisma.sql`(${compare(order.keys, cursor.key, op)} OR ${first.sql} IS NULL)`;
  }
  return value === null
    ? Prisma.sql`(${first.sql} IS NOT NULL OR ${compare(rest, restValues, op)})`
    : compare(order.keys, cursor.key, op);
}

/** ORDER BY for reading the page: the list's order, or its reverse when reading backwards. */
export function keysetOrderBy(order: KeysetOrder, cursor: Cursor | null): Prisma.Sql {
  const backwards = cursor?.dir === "prev";
  const dir = (order.direction === "desc") !== backwards ? "DESC" : "ASC";
  return Prisma.join(
    order.keys.map((key, index) => {
      const nulls = index === 0 && order.firstNullable ? (backwards ? " NULLS FIRST" : " NULLS LAST") : "";
      return Prisma.sql`${key.sql} ${Prisma.raw(dir + nulls)}`;
    }),
  );
}

/**
 * The page from `limit + 1` rows read with keysetWhere/keysetOrderBy: in list order, with the
 * cursors of the pages on either side (null where there is none).
 */
export function keysetPage<T>(rows: T[], order: KeysetOrder, cursor: Cursor | null, limit: number, keyOf: (row: T) => CursorValue[]): Page<T> {
  const more = rows.length > limit;
  const read = rows.slice(0, limit);
  const items = cursor?.dir === "prev" ? read.reverse() : read;
  const at = (dir: "next" | "prev", row: T | undefined) => (row === undefined ? null : encodeCursor({ dir, sort: order.name, key: keyOf(row) }));
  const backwards = cursor?.dir === "prev";
  return {
    items,
    next: backwards || more ? at("next", items.at(-1)) : null,
    prev: (backwards ? more : cursor !== null) ? at("prev", items[0]) : null,
  };
}

/** The usual order: a timestamp, newest first, ties broken by the id. */
export function byTimeThenId(name: string, time: Prisma.Sql, id: Prisma.Sql): KeysetOrder {
  return { name, direction: "desc", keys: [{ sql: time, type: "timestamp" }, { sql: id, type: "text" }] };
}

/**
 * The end of a page's statement: the list's own conditions plus the cursor's, the order, and one
 * row more than the page (keysetPage tells from it whether there is a next page).
 */
export function pageClauses(conditions: readonly Prisma.Sql[], order: KeysetOrder, cursor: Cursor | null, limit: number): Prisma.Sql {
  const after = keysetWhere(order, cursor);
  const where = after ? [...conditions, after] : conditions;
  return Prisma.sql`${where.length ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty}
    ORDER BY ${keysetOrderBy(order, cursor)}
    LIMIT ${limit + 1}`;
}

/** A Date as a cursor carries it. */
export const instant = (date: Date | null) => (date ? date.toISOString() : null);
