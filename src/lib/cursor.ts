// The opaque cursor of a keyset-paged list (`?cursor=…`): which way to read ("next" or "prev"),
// the list's sort, and the sort key plus id of the row to read from. Base64url JSON, so it is
// safe in a URL; opaque so nobody builds one by hand. Parsing is a zod schema per list, given the
// shape of that list's key: a cursor that does not decode, or names another sort, or carries
// values of the wrong kind, is refused (the page ignores it, a JSON route answers 400).
// Isomorphic: pages build links on the server, forms may carry the cursor back.
import { z } from "zod";

export type CursorValue = string | number | null;
export type Cursor<K extends readonly CursorValue[] = readonly CursorValue[]> = { dir: "next" | "prev"; sort: string; key: K };

const MAX_LENGTH = 1024;

function toBase64Url(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(value: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(value)) return null;
  try {
    const binary = atob(value.replace(/-/g, "+").replace(/_/g, "/"));
    return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

export function encodeCursor(cursor: Cursor): string {
  return toBase64Url(JSON.stringify([cursor.dir === "next" ? "n" : "p", cursor.sort, cursor.key]));
}

const rawCursorSchema = z.tuple([z.enum(["n", "p"]), z.string().max(40), z.array(z.union([z.string().max(400), z.number(), z.null()])).min(1).max(4)]);

/** A schema for one list's cursors: its sort names and the shape of its key (e.g. `[isoTime, id]`). */
export function cursorSchema<K extends readonly CursorValue[]>(sorts: readonly string[], key: z.ZodType<K>) {
  return z
    .string()
    .max(MAX_LENGTH, "Not a valid page link")
    .transform((value, ctx): Cursor<K> => {
      const text = fromBase64Url(value);
      let parsed: unknown = null;
      try {
        parsed = text === null ? null : JSON.parse(text);
      } catch {
        parsed = null;
      }
      const raw = rawCursorSchema.safeParse(parsed);
      const values = raw.success && sorts.includes(raw.data[1]) ? key.safeParse(raw.data[2]) : null;
      if (!raw.success || !values?.success) {
        ctx.addIssue({ code: "custom", message: "Not a valid page link" });
        return z.NEVER;
      }
      return { dir: raw.data[0] === "n" ? "next" : "prev", sort: raw.data[1], key: values.data };
    });
}

/** An instant as a cursor carries it: ISO 8601 with milliseconds, as Date#toISOString writes it. */
export const cursorInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/).refine((s) => !Number.isNaN(Date.parse(s)));

/**
 * A page's `?cursor=`: the cursor, or null on the first page. A page is a URL people paste and
 * edit, so a cursor that does not parse is not an error page: the list starts at its first page
 * and says so (`invalid`). JSON routes parse strictly instead (a 400 with a field error).
 */
export function readPageCursor<K extends readonly CursorValue[]>(schema: z.ZodType<Cursor<K>, string>, value: string | string[] | undefined): { cursor: Cursor<K> | null; invalid: boolean } {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw === "") return { cursor: null, invalid: false };
  const parsed = schema.safeParse(raw);
  return parsed.success ? { cursor: parsed.data, invalid: false } : { cursor: null, invalid: true };
}

/** A list's URL with its filters and, for another page, the cursor. */
export function pageHref(path: string, params: Record<string, string | undefined>, cursor?: string | null): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  if (cursor) query.set("cursor", cursor);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
