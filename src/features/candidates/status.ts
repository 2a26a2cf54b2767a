// A candidate's place in the hiring pipeline, derived from their sessions, scorecards and
// decision (never stored, so it cannot drift). Pure and isomorphic.

export const CANDIDATE_STATUSES = ["no-interviews", "scheduled", "interviewing", "awaiting-scorecards", "ready", "decided"] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

export const STATUS_LABELS: Record<CandidateStatus, string> = {
  "no-interviews": "No interviews",
  scheduled: "Scheduled",
  interviewing: "Interviewing",
  "awaiting-scorecards": "Awaiting scorecards",
  ready: "Ready for decision",
  decided: "Decided",
};

export type StatusInput = {
  sessions: ReadonlyArray<{ status: "SCHEDULED" | "LIVE" | "COMPLETED" | "CANCELLED"; panelSize: number; submitted: number }>;
  decided: boolean;
};

export function candidateStatus({ sessions, decided }: StatusInput): CandidateStatus {
  if (decided) return "decided";
  if (sessions.some((s) => s.status === "LIVE")) return "interviewing";
  const completed = sessions.filter((s) => s.status === "COMPLETED");
  if (completed.some((s) => s.submitted < s.panelSize)) return "awaiting-scorecards";
  if (completed.length) return "ready";
  if (sessions.some((s) => s.status === "SCHEDULED")) return "scheduled";
  return "no-interviews";
}
