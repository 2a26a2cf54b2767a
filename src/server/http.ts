import "server-only";
import { AppError } from "@/server/errors";

// Reading a JSON API request, for every route handler that takes a body.

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
