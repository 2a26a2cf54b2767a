import "server-only";
import { env } from "@/env";
import { AppError } from "@/server/errors";
import { joinPath } from "./live/token";

// Small helpers for the JSON API's route handlers.

/** The request's JSON body; a body that is not JSON is a 400, not a 500. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON");
  }
}

/** The absolute join URL: PUBLIC_URL when configured (behind a proxy), else the request's own origin. */
export function joinUrl(request: Request, token: string): string {
  const origin = env.PUBLIC_URL ?? new URL(request.url).origin;
  return new URL(joinPath(token), origin).toString();
}
