// Who may do what with one interview session: the record rule, built on the role table
// (src/lib/policy.ts). Pure, so the table in policy.test.ts is the spec.
// Decision (docs/decisions/live-sessions.md): only the interviewers assigned to a session run it
// (cockpit, actions, notes, the join link); whoever holds sessions:view-all (admins, hiring
// managers) may look at any session's overview but never act in one they are not assigned to; a
// hiring manager never opens a cockpit (no sessions:run), even if somehow assigned.
import { can, type Actor } from "@/lib/policy";

export type SessionAccessTarget = { interviewerIds: readonly string[] };

export type SessionCapability =
  /** See the overview page (status, candidate, questions, panel). */
  | "view"
  /** Open the cockpit, read the interviewer's state and its events, act, take notes, manage the link. */
  | "run";

/** The role a capability needs before any session is looked up. */
export const CAPABILITY_PERMISSION = { view: "sessions:list", run: "sessions:run" } as const satisfies Record<SessionCapability, string>;

export function sessionCan(actor: Actor | null | undefined, capability: SessionCapability, session: SessionAccessTarget): boolean {
  if (!actor) return false;
  const runner = session.interviewerIds.includes(actor.id) && can(actor, "sessions:run");
  if (capability === "run") return runner;
  return runner || can(actor, "sessions:view-all");
}
