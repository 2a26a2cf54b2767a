import "server-only";
import { createHash, randomBytes } from "node:crypto";

// Bearer links (a candidate's join link, a practice share link) carry 256 random bits, URL-safe.
// Only the sha256 is stored, so a database leak does not hand out working links.
const TOKEN_BYTES = 32;

export function newSecretToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
