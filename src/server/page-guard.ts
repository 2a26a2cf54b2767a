import "server-only";
import { forbidden, notFound } from "next/navigation";
import type { z } from "zod";
import { AppError } from "@/server/errors";
import { pathParams } from "@/server/params";

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

/** A page's path params, parsed by the same rule as a route handler's: malformed is the 404 page. */
export function pageParams<S extends z.ZodType>(raw: unknown, schema: S): z.infer<S> {
  try {
    return pathParams(raw, schema);
  } catch {
    notFound();
  }
}
