// The scorecard form's calls to the JSON API (docs/api-scorecards.md). Client-side, no server
// imports. A 409 carries the scorecard as it now stands (`current`, a ScorecardView).
import { apiFetch } from "@/lib/api-client";
import type { RatingEdit } from "./draft";
import type { ScorecardView } from "../types";

export type ScorecardPatch = {
  ratings?: Array<{ questionId: string } & RatingEdit>;
  recommendation?: string | null;
  level?: string | null;
  summary?: string;
  revision: number;
  amend?: boolean;
};

export const putScorecard = (sessionId: string, patch: ScorecardPatch) =>
  apiFetch<ScorecardView>(`/api/sessions/${sessionId}/scorecard`, { method: "PUT", body: patch });

export const submitScorecardRequest = (sessionId: string, revision: number) =>
  apiFetch<ScorecardView>(`/api/sessions/${sessionId}/scorecard/submit`, { method: "POST", body: { revision } });
