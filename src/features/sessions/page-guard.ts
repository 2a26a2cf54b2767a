import "server-only";
import { forbidden, notFound } from "next/navigation";
import { AppError } from "@/server/errors";

/**
 * For pages and layouts: runs a query that authorizes, turning its refusals into the real 404 and
 * 403 pages. Used in layouts above each loading boundary so the status code is the true one.
 */
export async function guardPage<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}
