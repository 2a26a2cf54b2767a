import "server-only";
import { createHash, randomBytes } from "node:crypto";

// The candidate's join token: 256 random bits, URL-safe. Only its sha256 is stored, so a database
// leak does not hand out live interview links; the token itself exists in the URL alone.
const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function generateJoinToken(): { token: string; tokenHash: string } {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashJoinToken(token) };
}

export function hashJoinToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Cheap shape check before touching the database: anything else cannot be one of our tokens. */
export function isWellFormedToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

export function joinPath(token: string): string {
  return `/join/${token}`;
}
