// Shapes the scorecard pages and the JSON API return. Type-only and isomorphic, so client
// components can name them without importing the server mappers in dto.ts.
import type { Level, LevelWord } from "@/lib/levels";
import type { Rating } from "@/lib/rating";
import type { BlindMode, SessionStatus } from "./policy";
import type { RecommendationWord } from "./schemas";

export type { Rating };

export type ScorecardRating = {
  /** The bank question's id. */
  questionId: string;
  /** 0-based position in the session. */
  position: number;
  title: string;
  level: Level;
  rating: Rating | null;
  notes: string;
  /** Whether the interview got this far: only reached questions must be rated to submit. */
  reached: boolean;
  probesReached: number;
  probeCount: number;
  /** The common wrong answers the interviewer ticked as heard, as written in the question. */
  heardWrongAnswers: string[];
  /** The probe questions the interviewer gave as hints. */
  hintedProbes: string[];
};

export type ScorecardView = {
  sessionId: string;
  interviewer: { email: string; name: string };
  /** True for the caller's own scorecard. */
  mine: boolean;
  status: "draft" | "submitted";
  recommendation: RecommendationWord | null;
  level: LevelWord | null;
  summary: string;
  /** 0 until first saved; each save increments it. Send it back to detect edits made elsewhere. */
  revision: number;
  submittedAt: string | null;
  updatedAt: string | null;
  ratings: ScorecardRating[];
  /** Earlier submitted versions, oldest first: who amended and when. */
  amendments: Array<{ amendedBy: string; at: string }>;
};

export type ScorecardPage = {
  session: {
    id: string;
    title: string;
    status: "SCHEDULED" | "LIVE" | "COMPLETED" | "CANCELLED";
    endedAt: string | null;
    candidate: { id: string; name: string };
  };
  /** The caller's own scorecard when they sit on the panel; null for a reviewer looking on. */
  mine: ScorecardView | null;
  /** Others' scorecards the blind rule lets the caller see. */
  others: ScorecardView[];
  /** Panelists whose scorecards exist but are hidden, or not yet started, for the status line. */
  panel: PanelStatus[];
  blind: { mode: BlindMode; othersHidden: boolean };
  canSubmit: boolean;
};

export type PanelStatus = { name: string; email: string; status: "not started" | "draft" | "submitted" };

/** One of a candidate's sessions, with the scorecards a viewer may see in it. */
export type CandidateSession = {
  id: string;
  title: string;
  status: SessionStatus;
  date: string;
  endedAt: string | null;
  panel: PanelStatus[];
  /** Every scorecard the viewer may see, drafts included for reviewers. */
  visible: ScorecardView[];
  /** The submitted ones: what the debrief's figures are built from. */
  submitted: ScorecardView[];
};

export type CandidateCards = {
  candidate: { id: string; name: string; email: string | null };
  sessions: CandidateSession[];
  /** True when the blind rule hides other interviewers' scorecards from this viewer. */
  othersHidden: boolean;
};
