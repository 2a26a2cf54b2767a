import { ApiError } from "../api-client";
import type { SaveFailure, Versioned } from "./types";

/**
 * What a failed JSON API save means to the autosave engine: a 409 is a conflict (with the record
 * as it now stands, when the answer carries it), another 4xx a refusal that sending again will not
 * cure, and anything else (no answer, a 5xx, a proxy's error page) is tried again.
 */
export function apiSaveFailure<V>(error: unknown, theirs: (current: unknown) => Versioned<V>): SaveFailure<V> {
  if (!(error instanceof ApiError) || !error.refused) return { kind: "retry" };
  if (error.status === 409) return { kind: "conflict", message: error.message, theirs: error.current ? theirs(error.current) : null };
  return { kind: "invalid", message: error.message, fieldErrors: error.fieldErrors };
}
