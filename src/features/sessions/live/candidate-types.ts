// What a candidate's browser receives during a live interview, and nothing more. Type-only and
// isomorphic: the candidate's client component imports it without touching interviewer modules.

export type CandidateView = {
  status: "SCHEDULED" | "LIVE" | "COMPLETED" | "CANCELLED";
  revision: number;
  position: { index: number; total: number };
  /** Only while the interview is live. */
  question: { title: string; promptHtml: string; revealedProbes: Array<{ question: string }> } | null;
  /** Time on the current question from server timestamps; the client corrects for its own clock with serverNow. */
  timing: { elapsedMs: number; activeSince: string | null; serverNow: string } | null;
};

/** The keys the candidate view may have, by path; candidate-dto.test.ts checks outputs against it. */
export const CANDIDATE_VIEW_KEYS = {
  "": ["status", "revision", "position", "question", "timing"],
  position: ["index", "total"],
  question: ["title", "promptHtml", "revealedProbes"],
  "question.revealedProbes[]": ["question"],
  timing: ["elapsedMs", "activeSince", "serverNow"],
} as const;
