// Zod issues → `{ "wrongAnswers.0.answer": ["…"] }`, the field-error shape of AppError. Isomorphic:
// the server answers with it, and a client form that checks its input first shows the same.
import type { ZodError } from "zod";
import type { FieldErrors } from "./app-error";

export function fieldErrorsOf(error: ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
