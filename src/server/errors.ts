import "server-only";
import { headers } from "next/headers";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { AppError, type ActionResult } from "@/lib/app-error";
import { fieldErrorsOf } from "@/lib/field-errors";
import { withNoStore } from "@/lib/security-headers";
import { currentRequestId, inRequest, log, requestIdFrom } from "@/server/log";
import { metrics } from "@/server/metrics";
import { recordRequest } from "@/server/request-record";
import { isRecordNotFound, isUniqueViolation, isUnstorableText } from "@/server/prisma-errors";

export { AppError };

const STATUS: Record<AppError["code"], number> = {
  BAD_REQUEST: 400,
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export const UNSTORABLE_TEXT_MESSAGE = "The text holds a character that cannot be stored (a NUL, \\u0000); remove it and try again";

/**
 * A 409 that carries the record as it is now, so the client can show the conflict (keep mine /
 * use theirs) without another request. Rendered as `{ error: { code, message }, current }`.
 */
export class ConflictError<T> extends AppError {
  constructor(
    message: string,
    readonly current: T,
  ) {
    super("CONFLICT", message);
  }
}

/** Turns anything thrown into an AppError; unexpected errors are logged with the request id, never shown. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return new AppError("VALIDATION", "Some fields are invalid", fieldErrorsOf(error));
  // A refused statement rolled its transaction back: nothing was written, and the caller can act on it.
  if (isUnstorableText(error)) return new AppError("VALIDATION", UNSTORABLE_TEXT_MESSAGE);
  if (isUniqueViolation(error)) return new AppError("CONFLICT", "This was created elsewhere at the same moment; reload and try again");
  if (isRecordNotFound(error)) return new AppError("NOT_FOUND", "This no longer exists");
  // Inside a route handler the request's own id (the one its answer carries); elsewhere a new one.
  const requestId = currentRequestId() ?? requestIdFrom(null);
  metrics().unexpectedErrors.inc();
  log.error("unexpected error", { error, ...(currentRequestId() ? {} : { errorId: requestId }) });
  return new AppError("INTERNAL", `Something went wrong (request ${requestId})`);
}

export function errorResponse(error: unknown): NextResponse {
  const appError = toAppError(error);
  const body = { error: { code: appError.code, message: appError.message, fieldErrors: appError.fieldErrors } };
  return NextResponse.json(appError instanceof ConflictError ? { ...body, current: appError.current } : body, { status: STATUS[appError.code] });
}

/**
 * Wraps a route handler so every failure becomes a JSON error with the right status, and no answer,
 * success or failure, is cached (Cache-Control: no-store unless the route set a policy itself).
 * Every call runs as one request for the logs (its id from a well-formed X-Request-Id, else new,
 * and sent back in X-Request-Id) and is timed and logged once here (src/server/request-record.ts).
 */
export function handler<A extends unknown[]>(fn: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    const requestId = requestIdFrom(args[0] instanceof Request ? args[0].headers.get("x-request-id") : null);
    return inRequest(requestId, async () => {
      const started = performance.now();
      let response: Response;
      try {
        response = withNoStore(await fn(...args));
      } catch (error) {
        response = withNoStore(errorResponse(error));
      }
      response = withRequestId(response, requestId);
      await recordRequest(args, response.status, performance.now() - started);
      return response;
    });
  };
}

function withRequestId(response: Response, requestId: string): Response {
  try {
    response.headers.set("X-Request-Id", requestId);
    return response;
  } catch {
    // Immutable headers (Response.redirect): the same answer, copied.
    const copy = new Response(response.body, response);
    copy.headers.set("X-Request-Id", requestId);
    return copy;
  }
}

/**
 * Wraps a server action body so it returns `{ ok, data }` or `{ ok: false, error }`, never throws.
 * The action runs as one request for the logs, under the id the proxy gave the request (src/proxy.ts
 * sets X-Request-Id on it; the browser sees the same id on the answer), and logs one line when done:
 * the action's id (Next's hash, never its arguments), its outcome and its duration.
 */
export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  const request = await actionRequestHeaders();
  return inRequest(requestIdFrom(request?.get("x-request-id")), async () => {
    const started = performance.now();
    let outcome = "ok";
    try {
      return { ok: true, data: await fn() };
    } catch (error) {
      // Next.js signals redirects and notFound by throwing; let those through.
      if (isNextControlFlow(error)) {
        outcome = "redirect-or-not-found";
        throw error;
      }
      const appError = toAppError(error);
      outcome = appError.code.toLowerCase();
      const current = appError instanceof ConflictError ? { current: appError.current as unknown } : {};
      return { ok: false, error: { code: appError.code, message: appError.message, fieldErrors: appError.fieldErrors, ...current } };
    } finally {
      log.info("action", { action: request?.get("next-action") ?? undefined, outcome, durationMs: Math.round((performance.now() - started) * 10) / 10 });
    }
  });
}

/** The action's request headers; none when called outside a request (tests, scripts). */
async function actionRequestHeaders(): Promise<Pick<Headers, "get"> | null> {
  try {
    return await headers();
  } catch {
    return null;
  }
}

function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}
