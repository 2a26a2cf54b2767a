// Who may do what with a mock interview (decisions/mock-interviews.md). Pure, table-tested.
// The candidate who made a mock owns it, as they own their practice. The friend has no account:
// their link is the credential, for that one mock, and only while the link is open.
import type { Actor } from "@/lib/policy";
import type { Grade } from "../grades";
import { canSeePractice } from "../policy";

/** The friend acts as this "panelist" in the state machine: an undo of a reveal is theirs alone. */
export const FRIEND_ACTOR = "friend";

/** The friend may finish their notes and ratings for a day after the mock ends. */
export const NOTES_GRACE_MS = 24 * 3_600_000;
/** A mock nobody ended does not keep its link open for ever. */
export const UNENDED_LINK_MS = 7 * 24 * 3_600_000;

export type MockLinkFacts = { status: string; createdAt: Date; endedAt: Date | null };

/**
 * When the friend's link stops working: a day after the friend ended the mock, at once when the
 * candidate cancelled it (they withdrew it: there is nothing to finish), and a week after creation
 * for a mock nobody ended.
 */
export function friendLinkExpiresAt(mock: MockLinkFacts): Date {
  if (mock.status === "CANCELLED") return new Date(0);
  if (mock.status === "COMPLETED") return new Date((mock.endedAt ?? mock.createdAt).getTime() + NOTES_GRACE_MS);
  return new Date(mock.createdAt.getTime() + UNENDED_LINK_MS);
}

/** Whether the friend's link still opens the mock (the cockpit, ratings and notes). */
export function friendLinkOpen(mock: MockLinkFacts, now: Date): boolean {
  return friendLinkExpiresAt(mock) > now;
}

/** The candidate's own mock: only its owner, and only while they may practise. */
export function canSeeMock(actor: Actor | null | undefined, mock: { userId: string }): boolean {
  return canSeePractice(actor, mock);
}

/**
 * The friend's rating becomes the practice grade as it is: the self-grade IS the live rating
 * scale (grades.ts), same numbers and anchors, so "Partial" from a friend schedules the question
 * exactly as "Partial" from oneself. An unrated question is not graded and does not move its card.
 */
export function gradeFromRating(rating: number | null): Grade | null {
  return rating === 1 || rating === 2 || rating === 3 || rating === 4 ? rating : null;
}
