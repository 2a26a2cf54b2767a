import "server-only";
import type { z } from "zod";
import { AppError } from "@/server/errors";

// The one rule for a URL's path segments (docs/api.md, "Errors"): a segment that cannot name a
// record (a malformed id, a position out of range, a token of the wrong shape) is a 404, exactly
// like a well-formed one that names nothing; the address is wrong, not the input. Ids sent in a
// JSON body, a form or a query string are input: those are 400s with field errors (zod, as usual).

/** A route handler's or a page's path params, parsed; anything the schema refuses is NOT_FOUND. */
export function pathParams<S extends z.ZodType>(raw: unknown, schema: S, notFoundMessage = "Nothing exists at this address"): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError("NOT_FOUND", notFoundMessage);
  return parsed.data;
}
