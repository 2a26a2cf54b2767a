// Shapes the interviewer side receives (cockpit, overview, list). Isomorphic type-only module so
// client components can name them without importing the server mappers in dto.ts.
import type { Rating } from "@/lib/rating";
import type { SessionStatus } from "./state";

export type NoteView = {
  rating: Rating | null;
  notes: string;
  heardWrongAnswers: number[];
  hintedProbes: number[];
  /** 0 until the note is first saved; every save increments it (compare-and-set against other tabs). */
  revision: number;
};

export type CockpitQuestion = {
  position: number;
  title: string;
  level: string;
  version: number;
  promptHtml: string;
  modelAnswerHtml: string;
  wrongAnswers: Array<{ answerHtml: string; whyHtml: string }>;
  probes: Array<{ question: string; answerHtml: string }>;
  sections: Array<{ label: string; bodyHtml: string }>;
  budgetSeconds: number;
  revealedProbes: number;
  elapsedMs: number;
  activeSince: string | null;
  /** This interviewer's own note; other panelists' notes are never sent. */
  note: NoteView;
};

export type PanelMember = { id: string; name: string; email: string };

export type InterviewerView = {
  id: string;
  title: string;
  status: SessionStatus;
  revision: number;
  currentIndex: number;
  total: number;
  startedAt: string | null;
  endedAt: string | null;
  /** The server's clock when this view was read; clients derive timers from it, not from their own clock. */
  serverNow: string;
  /** The session's last action when it was a reveal: when (server time) and which panelist, who may undo it for 10 s. */
  lastReveal: { at: string; by: string } | null;
  candidate: { name: string; email: string | null };
  interviewers: PanelMember[];
  me: { id: string };
  questions: CockpitQuestion[];
  /**
   * A live session, or a candidate's mock interview run by a friend through their link
   * (practice/mock/, decisions/mock-interviews.md): a mock has no pad and no scorecard.
   */
  kind: "session" | "mock";
  /** Where the cockpit reads, acts and saves notes: the session's API, or the friend's link's. */
  endpoint: string;
};

export type SessionOverview = {
  id: string;
  title: string;
  status: SessionStatus;
  candidate: { name: string; email: string | null };
  createdAt: string;
  startedAt: string | null;
  endedAt: string | null;
  scheduledAt: string | null;
  durationMinutes: number | null;
  videoUrl: string | null;
  createdBy: string;
  kitName: string | null;
  interviewers: PanelMember[];
  questions: Array<{ position: number; title: string; level: string; version: number; budgetSeconds: number }>;
  canRun: boolean;
};

/** What the edit page fills its form with (queries.ts getSessionForEdit); `editable` is false once it has started. */
export type SessionEditView = {
  id: string;
  title: string;
  editable: boolean;
  candidate: { id: string; name: string; email: string | null };
  scheduledAt: string | null;
  durationMinutes: number | null;
  videoUrl: string | null;
  /** The panel besides the viewer (who stays on it), by email. */
  otherInterviewerEmails: string[];
  questions: Array<{ id: string; number: number; level: string; title: string; bankName: string; budgetMinutes: number }>;
};

export type SessionListItem = {
  id: string;
  title: string;
  status: SessionStatus;
  candidateName: string;
  questionCount: number;
  interviewers: string[];
  createdAt: string;
  canRun: boolean;
};

/** One picked question the candidate met before, as the session builder's exposure check answers (exposure.ts). */
export type ExposureItem = {
  questionId: string;
  /** Asked in an earlier live interview. */
  asked: boolean;
  /** The newest such session the caller may open, and when it started; both null when they may open none. */
  sessionId: string | null;
  askedOn: string | null;
  /** The candidate's account practised it alone, or a copy of it (`practisedCopy`), most recently then. */
  practisedOn: string | null;
  practisedCopy: boolean;
};
