// The browser's one way to call Probe's JSON API (docs/api.md, docs/api-scorecards.md). Features
// keep small typed endpoint functions built on `apiFetch`; the error body
// `{ error: { code, message, fieldErrors }, current? }` is read here and nowhere else.
import type { FieldErrors } from "./app-error";

/**
 * A call that did not return what was asked for. `status` is the HTTP status, or 0 when no answer
 * came at all (offline, server down). A 409 carries the record as it now stands in `current`,
 * whose shape the endpoint documents.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors?: FieldErrors,
    readonly current?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The server answered and refused the request as it stands: sending it again will not help. */
  get refused(): boolean {
    return this.status >= 400 && this.status < 500;
  }
}

export const NETWORK_MESSAGE = "Could not reach the server; try again";
const FALLBACK_MESSAGE = "Something went wrong";

export type ApiRequest = {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
  /** Lets the request outlive the page (a last save on page hide). */
  keepalive?: boolean;
};

type ErrorBody = { error?: { code?: unknown; message?: unknown; fieldErrors?: unknown }; current?: unknown };

function errorFrom(status: number, body: unknown): ApiError {
  const { error, current } = (body && typeof body === "object" ? body : {}) as ErrorBody;
  const code = typeof error?.code === "string" ? error.code : "INTERNAL";
  const message = typeof error?.message === "string" ? error.message : FALLBACK_MESSAGE;
  const fieldErrors = error?.fieldErrors && typeof error.fieldErrors === "object" ? (error.fieldErrors as FieldErrors) : undefined;
  return new ApiError(status, code, message, fieldErrors, current);
}

/** Calls the API and returns its JSON; throws an ApiError for anything else (an abort stays an AbortError). */
export async function apiFetch<T>(url: string, { method = "GET", body, signal, keepalive }: ApiRequest = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal, keepalive, cache: "no-store" });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, "NETWORK", NETWORK_MESSAGE);
  }
  if (response.status === 204) return undefined as T;
  // A proxy's error page or a cut-off answer is not JSON: it counts as a failed call, not as data.
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw errorFrom(response.status, json);
  if (json === undefined) throw new ApiError(response.status, "BAD_RESPONSE", FALLBACK_MESSAGE);
  return json as T;
}
