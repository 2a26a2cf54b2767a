// The scorecard form's calls to the JSON API (docs/api-scorecards.md). Client-side, no server imports.
import type { FieldErrors } from "@/lib/app-error";
import type { RatingEdit } from "./draft";
import type { ScorecardView } from "../types";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: FieldErrors | undefined,
    readonly current: ScorecardView | undefined,
  ) {
    super(message);
  }
}

async function call(url: string, method: "PUT" | "POST", body: unknown): Promise<ScorecardView> {
  const response = await fetch(url, { method, cache: "no-store", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  const json = (await response.json().catch(() => null)) as
    | (ScorecardView & { error?: undefined })
    | { error?: { code?: string; message?: string; fieldErrors?: FieldErrors }; current?: ScorecardView }
    | null;
  if (!response.ok || !json || json.error) {
    const failure = json as { error?: { code?: string; message?: string; fieldErrors?: FieldErrors }; current?: ScorecardView } | null;
    throw new ApiError(response.status, failure?.error?.code ?? "INTERNAL", failure?.error?.message ?? "Something went wrong", failure?.error?.fieldErrors, failure?.current);
  }
  return json as ScorecardView;
}

export type ScorecardPatch = {
  ratings?: Array<{ questionId: string } & RatingEdit>;
  recommendation?: string | null;
  level?: string | null;
  summary?: string;
  revision: number;
  amend?: boolean;
};

export const putScorecard = (sessionId: string, patch: ScorecardPatch) => call(`/api/sessions/${sessionId}/scorecard`, "PUT", patch);

export const submitScorecardRequest = (sessionId: string, revision: number) =>
  call(`/api/sessions/${sessionId}/scorecard/submit`, "POST", { revision });
