import "server-only";
import { createHash, randomBytes } from "node:crypto";

// 256 random bits; only the sha256 is stored, so a database leak does not leak working links.
export function newShareToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashShareToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
