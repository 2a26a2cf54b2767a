// The one shape of a record id, for every boundary (route params, JSON bodies, forms, actions).
// Ids are cuids or uuids; anything else, a NUL above all (Postgres refuses it with an error),
// cannot name a row, so it is refused by the schema before any query is built. Isomorphic: the
// client forms that reuse a feature's schemas get the same rule.
import { z } from "zod";

const ID_CHARACTERS = /^[A-Za-z0-9_-]+$/;
export const MAX_ID_LENGTH = 64;

/** An id; `message` replaces every refusal's wording (a form's select says "Choose a bank"). */
export function idField(message?: string) {
  return z
    .string(message ? { error: message } : undefined)
    .trim()
    .min(1, message ?? "Required")
    .max(MAX_ID_LENGTH, message ?? "Too long")
    .regex(ID_CHARACTERS, message ?? "Not a valid id");
}

export const idSchema = idField();

/** `{ id }`: the params of every `[id]` route and the input of actions that take one id. */
export const idParamsSchema = z.object({ id: idSchema });

/**
 * A bearer link's token (a join link, a practice share link): 32 random bytes in base64url, so
 * exactly 43 URL-safe characters (src/server/secret-tokens.ts makes them). Any other shape cannot
 * be one, and is refused before the database is asked.
 */
export const SECRET_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const secretTokenSchema = z.string().regex(SECRET_TOKEN_PATTERN, "Not a valid link");
