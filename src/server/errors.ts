import "server-only";
import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { ZodError } from "zod";
import { AppError, type ActionResult, type FieldErrors } from "@/lib/app-error";

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

export function fieldErrorsOf(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

// Postgres refuses a NUL character (or a byte sequence that is not UTF-8) in text. Schemas check
// the common fields, but any text the user sends may carry one, so the refusal itself is mapped to
// a 400: the statement failed, its transaction rolled back, nothing was written.
const UNSTORABLE_TEXT_CODES = new Set(["22021", "22P05"]);
export const UNSTORABLE_TEXT_MESSAGE = "The text holds a character that cannot be stored (a NUL, \\u0000); remove it and try again";

function isUnstorableText(error: unknown): boolean {
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null)?.meta?.driverAdapterError?.cause;
  return typeof cause?.originalCode === "string" && UNSTORABLE_TEXT_CODES.has(cause.originalCode);
}

/** Turns anything thrown into an AppError; unexpected errors are logged with a request id, never shown. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return new AppError("VALIDATION", "Some fields are invalid", fieldErrorsOf(error));
  if (isUnstorableText(error)) return new AppError("VALIDATION", UNSTORABLE_TEXT_MESSAGE);
  const requestId = randomUUID();
  console.error(`[${requestId}] unexpected error`, error);
  return new AppError("INTERNAL", `Something went wrong (request ${requestId})`);
}

export function errorResponse(error: unknown): NextResponse {
  const appError = toAppError(error);
  return NextResponse.json(
    { error: { code: appError.code, message: appError.message, fieldErrors: appError.fieldErrors } },
    { status: STATUS[appError.code] },
  );
}

/** Wraps a route handler so every failure becomes a JSON error with the right status. */
export function handler<A extends unknown[]>(fn: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await fn(...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Wraps a server action body so it returns `{ ok, data }` or `{ ok: false, error }`, never throws. */
export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    // Next.js signals redirects and notFound by throwing; let those through.
    if (isNextControlFlow(error)) throw error;
    const appError = toAppError(error);
    return { ok: false, error: { code: appError.code, message: appError.message, fieldErrors: appError.fieldErrors } };
  }
}

function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}
