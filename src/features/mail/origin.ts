import "server-only";
import { headers } from "next/headers";
import { env } from "@/env";

// The origin that links in mail point at: PUBLIC_URL when configured (behind a proxy); else the
// origin of the request that caused the mail; else (a scheduled job, a script) this machine on
// its port. Never the Host header alone: a forged Host must not put a foreign link in a reset mail.

export function linkOrigin(requestOrigin?: string | null): string {
  return env.PUBLIC_URL ?? requestOrigin ?? `http://localhost:${env.PORT}`;
}

/** In a server action: Next has checked the Origin header against the Host, so it names this app. */
export async function actionOrigin(): Promise<string> {
  let origin: string | null = null;
  try {
    origin = (await headers()).get("origin");
  } catch {
    // Called outside a request (a test, a script): no header to read.
  }
  return linkOrigin(origin);
}
