import "server-only";
import { env } from "@/env";
import { linkOrigin } from "@/features/mail/origin";
import { SECRET_TOKEN_PATTERN } from "@/lib/ids";
import { hashSecretToken, newSecretToken } from "@/server/secret-tokens";

// The candidate's join token (src/server/secret-tokens.ts): it exists in the URL alone; only its
// hash is stored.

export function generateJoinToken(): { token: string; tokenHash: string } {
  const token = newSecretToken();
  return { token, tokenHash: hashSecretToken(token) };
}

export const hashJoinToken = hashSecretToken;

/** Cheap shape check before touching the database: anything else cannot be one of our tokens. */
export function isWellFormedToken(value: string): boolean {
  return SECRET_TOKEN_PATTERN.test(value);
}

export function joinPath(token: string): string {
  return `/join/${token}`;
}

/**
 * The origin links in mail point at: PUBLIC_URL when configured, else the request's own origin,
 * else (a job, no request) this machine on its port.
 */
export function appOrigin(request?: Request): string {
  return linkOrigin(request ? new URL(request.url).origin : null);
}

/** The absolute join URL: PUBLIC_URL when configured (behind a proxy), else the request's own origin. */
export function joinUrl(request: Request, token: string): string {
  const origin = env.PUBLIC_URL ?? new URL(request.url).origin;
  return new URL(joinPath(token), origin).toString();
}
