import "server-only";
import { Prisma } from "@/generated/prisma/client";

// What a failed statement means, read from Prisma's error codes, in one place: the compare-and-set
// writes (notes, scorecards) turn a lost race into a 409, and toAppError maps what escapes them.

const knownCode = (error: unknown): string | null => (error instanceof Prisma.PrismaClientKnownRequestError ? error.code : null);

/** A unique constraint refused the row: someone else created it first. */
export const isUniqueViolation = (error: unknown): boolean => knownCode(error) === "P2002";

/** A foreign key refused a delete: a row elsewhere still points at the one being deleted. */
export const isForeignKeyViolation = (error: unknown): boolean => knownCode(error) === "P2003";

/** An update or delete matched no row: it is gone, or a `where` on its revision no longer holds. */
export const isRecordNotFound = (error: unknown): boolean => knownCode(error) === "P2025";

// Postgres refuses a NUL character (or a byte sequence that is not UTF-8) in text. Schemas check
// the common fields, but any text the user sends may carry one; the statement failed, its
// transaction rolled back, nothing was written.
const UNSTORABLE_TEXT_CODES = new Set(["22021", "22P05"]);

export function isUnstorableText(error: unknown): boolean {
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null)?.meta?.driverAdapterError?.cause;
  return typeof cause?.originalCode === "string" && UNSTORABLE_TEXT_CODES.has(cause.originalCode);
}
