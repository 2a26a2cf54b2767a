// Who may do what with one interview session. Pure, so the table in policy.test.ts is the spec.
// Decision (docs/decisions/live-sessions.md): only the interviewers assigned to a session run it
// (cockpit, actions, notes, the join link); admins and hiring managers may look at any session's
// overview but never act in one they are not assigned to; a hiring manager never opens a cockpit.
import { can, type Actor } from "@/lib/policy";

export type SessionAccessTarget = { interviewerIds: readonly string[] };

export type SessionCapability =
  /** See the overview page (status, candidate, questions, panel). */
  | "view"
  /** Open the cockpit, read the interviewer's state and its events, act, take notes, manage the link. */
  | "run";

export function sessionCan(actor: Actor | null | undefined, capability: SessionCapability, session: SessionAccessTarget): boolean {
  if (!actor) return false;
  const assigned = session.interviewerIds.includes(actor.id);
  // Runners hold sessions:create (ADMIN, INTERVIEWER); a hiring manager is never a runner even if assigned.
  const runner = assigned && can(actor, "sessions:create");
  if (capability === "run") return runner;
  return runner || actor.role === "ADMIN" || actor.role === "HIRING_MANAGER";
}

/** Whether the session list shows every session to this actor, or only the ones they are assigned to. */
export function seesAllSessions(actor: Actor): boolean {
  return actor.role === "ADMIN" || actor.role === "HIRING_MANAGER";
}

/** Who may be put on a session's panel. */
export const PANEL_ROLES = ["ADMIN", "INTERVIEWER"] as const;
