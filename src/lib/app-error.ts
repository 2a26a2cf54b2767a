// The one error vocabulary, shared by server and client: a code, a human message and, for
// validation failures, messages per field.
export type ErrorCode =
  | "BAD_REQUEST"
  | "VALIDATION"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "TOO_LARGE"
  | "RATE_LIMITED"
  | "INTERNAL";

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** `current`: with a CONFLICT, the record as it is now (so the form can offer "keep mine / use theirs"). */
export type ActionError = { code: ErrorCode; message: string; fieldErrors?: FieldErrors; current?: unknown };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };
