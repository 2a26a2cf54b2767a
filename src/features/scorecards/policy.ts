// Who may write and who may read scorecards. Pure, so the table in policy.test.ts is the spec.
// Decision (docs/decisions/scorecards.md):
// - Only the interviewers assigned to a session score it (an admin on the panel counts as one).
//   Drafts may start while the session is LIVE (the cockpit already writes ratings then);
//   submitting waits until it is COMPLETED. Scheduled and cancelled sessions take no scorecard.
// - Reviewers (hiring managers, admins) read every scorecard and never write one that is not theirs.
// - The blind rule is per candidate: someone on the panel of any not-cancelled session of the
//   candidate who has not submitted their own scorecard for it sees no one else's scorecard for
//   ANY session of that candidate. It binds an admin who sits on a panel too.
import { can, type Actor } from "@/lib/policy";

// The modes are named for what the admin chooses (how blind the review is), from least to most.
export const BLIND_MODES = ["open", "until-submitted", "always-blind"] as const;
export type BlindMode = (typeof BLIND_MODES)[number];
export const DEFAULT_BLIND_MODE: BlindMode = "until-submitted";

export const BLIND_MODE_LABELS: Record<BlindMode, { title: string; description: string }> = {
  open: { title: "Open", description: "Interviewers see each other's submitted scorecards at any time" },
  "until-submitted": { title: "Blind until submitted", description: "An interviewer sees the others once they have submitted their own" },
  "always-blind": { title: "Always blind", description: "Interviewers only ever see their own scorecards" },
};

export type SessionStatus = "SCHEDULED" | "LIVE" | "COMPLETED" | "CANCELLED";

/** One session of the candidate that the viewer sits on the panel of. */
export type PanelSeat = { sessionId: string; status: SessionStatus; submitted: boolean };

export const isReviewer = (actor: Actor | null | undefined) => can(actor, "candidates:review");

/** A seat still owes a scorecard until it is submitted, unless its session was cancelled. */
export function owesScorecard(seats: readonly PanelSeat[]): boolean {
  return seats.some((seat) => seat.status !== "CANCELLED" && !seat.submitted);
}

/**
 * Whether the viewer may read other interviewers' scorecards for a candidate. `seats` are the
 * candidate's sessions the viewer is on the panel of (empty when they interviewed no one here).
 */
export function seesOthersScorecards(actor: Actor | null | undefined, mode: BlindMode, seats: readonly PanelSeat[]): boolean {
  if (!actor) return false;
  const reviewer = isReviewer(actor);
  if (seats.length === 0) return reviewer;
  if (!can(actor, "scorecards:write") && !reviewer) return false;
  if (mode === "open") return true;
  if (owesScorecard(seats)) return false;
  // "always-blind" blinds interviewers for good; a reviewer who also sat on the panel is a reviewer again once done.
  return mode === "until-submitted" || reviewer;
}

/** Whether others' drafts are shown too: to reviewers only; interviewers see what was submitted. */
export function seesOthersDrafts(actor: Actor | null | undefined): boolean {
  return isReviewer(actor);
}

export type ScorecardSessionTarget = { interviewerIds: readonly string[]; status: SessionStatus };

/** Writing one's own scorecard: assigned, allowed to score, and the session has run or is running. */
export function scorecardWriteRefusal(
  actor: Actor | null | undefined,
  session: ScorecardSessionTarget,
): "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_STARTED" | null {
  if (!actor) return "UNAUTHENTICATED";
  if (!can(actor, "scorecards:write") || !session.interviewerIds.includes(actor.id)) return "FORBIDDEN";
  if (session.status === "SCHEDULED" || session.status === "CANCELLED") return "NOT_STARTED";
  return null;
}

/** Reading a session's scorecards at all: its panel, and reviewers. Everyone else is refused. */
export function canReadSessionScorecards(actor: Actor | null | undefined, session: { interviewerIds: readonly string[] }): boolean {
  if (!actor) return false;
  if (isReviewer(actor)) return true;
  return can(actor, "scorecards:write") && session.interviewerIds.includes(actor.id);
}

/** Only a completed session's scorecard can be submitted. */
export const canSubmitIn = (status: SessionStatus) => status === "COMPLETED";
