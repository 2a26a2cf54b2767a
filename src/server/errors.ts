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

/** Turns anything thrown into an AppError; unexpected errors are logged with a request id, never shown. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return new AppError("VALIDATION", "Some fields are invalid", fieldErrorsOf(error));
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
