import "server-only";
import { env } from "@/env";
import { AppError } from "@/server/errors";
import { joinPath } from "./live/token";

// Small helpers for the JSON API's route handlers.

const NUL_MESSAGE = "The request body holds a NUL character (\\u0000), which cannot be stored";

/**
 * The request's JSON body; a body that is not JSON is a 400, not a 500. So is a string holding
 * NUL: Postgres refuses it in text columns, so it would otherwise fail deep inside a write.
 */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text.trim()) return {};
  let hasNul = false;
  let value: unknown;
  try {
    value = JSON.parse(text, (_key, item: unknown) => {
      if (typeof item === "string" && item.includes("\u0000")) hasNul = true;
      return item;
    });
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON");
  }
  if (hasNul) throw new AppError("BAD_REQUEST", NUL_MESSAGE);
  return value;
}

/** The absolute join URL: PUBLIC_URL when configured (behind a proxy), else the request's own origin. */
export function joinUrl(request: Request, token: string): string {
  const origin = env.PUBLIC_URL ?? new URL(request.url).origin;
  return new URL(joinPath(token), origin).toString();
}
