import "server-only";
import { AppError } from "@/server/errors";

// Reading a JSON API request, for every route handler that takes a body.

const NUL_MESSAGE = "The request body holds a NUL character (\\u0000), which cannot be stored";

/** The body as text, refused with 413 past `maxBytes` (read no further than that). */
async function readText(request: Request, maxBytes: number | undefined): Promise<string> {
  if (maxBytes === undefined || !request.body) return request.text();
  const tooLarge = () => new AppError("TOO_LARGE", `The request body is over ${Math.round(maxBytes / 1024)} KB`);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The request's JSON body; a body that is not JSON is a 400, not a 500. So is a string holding
 * NUL: Postgres refuses it in text columns, so it would otherwise fail deep inside a write.
 * `maxBytes` refuses a larger body with 413 before it is parsed (routes that take a lot of traffic).
 */
export async function readJson(request: Request, { maxBytes }: { maxBytes?: number } = {}): Promise<unknown> {
  const text = await readText(request, maxBytes);
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
