// Practice belongs to the candidate who did it. Queries also filter by the user's id; these
// rules are the same decision stated once, so it can be tested as a table.
import { can, type Actor } from "@/lib/policy";

export function canPractise(actor: Actor | null | undefined): boolean {
  return can(actor, "practice:use");
}

/** Runs, attempts, cards and share links: only their owner, and only while they may practise. */
export function canSeePractice(actor: Actor | null | undefined, owner: { userId: string }): boolean {
  return !!actor && canPractise(actor) && actor.id === owner.userId;
}
