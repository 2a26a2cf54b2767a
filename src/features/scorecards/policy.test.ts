import { describe, expect, it } from "vitest";
import type { Actor, Role } from "@/lib/policy";
import {
  BLIND_MODES,
  canReadSessionScorecards,
  canSubmitIn,
  owesScorecard,
  scorecardWriteRefusal,
  seesOthersDrafts,
  seesOthersScorecards,
  type BlindMode,
  type PanelSeat,
  type SessionStatus,
} from "./policy";

const actor = (role: Role, id = "me"): Actor => ({ id, role });
const seat = (status: SessionStatus, submitted: boolean, sessionId = `s-${status}-${submitted}`): PanelSeat => ({ sessionId, status, submitted });

// Seats describe the viewer's place on the candidate's panels.
const NONE: PanelSeat[] = [];
const OWES = [seat("COMPLETED", false)];
const DONE = [seat("COMPLETED", true)];
const DONE_ONE_OWES_ANOTHER = [seat("COMPLETED", true, "a"), seat("COMPLETED", false, "b")];
const DONE_NEXT_SCHEDULED = [seat("COMPLETED", true, "a"), seat("SCHEDULED", false, "b")];
const DONE_OTHER_CANCELLED = [seat("COMPLETED", true, "a"), seat("CANCELLED", false, "b")];
const LIVE_NOW = [seat("LIVE", false)];

type Row = [who: string, actor: Actor | null, seats: PanelSeat[], expected: Record<BlindMode, boolean>];
const all = (v: boolean) => ({ "always-blind": v, "until-submitted": v, open: v });

// The blind rule, written out in full: who sees other interviewers' scorecards for a candidate.
const BLIND_TABLE: Row[] = [
  ["nobody signed in", null, NONE, all(false)],
  ["a candidate", actor("CANDIDATE"), NONE, all(false)],
  ["an interviewer not on any of the candidate's panels", actor("INTERVIEWER"), NONE, all(false)],
  ["an interviewer who owes a scorecard", actor("INTERVIEWER"), OWES, { "always-blind": false, "until-submitted": false, open: true }],
  ["an interviewer who submitted", actor("INTERVIEWER"), DONE, { "always-blind": false, "until-submitted": true, open: true }],
  ["an interviewer who submitted one session but owes another (per candidate)", actor("INTERVIEWER"), DONE_ONE_OWES_ANOTHER, { "always-blind": false, "until-submitted": false, open: true }],
  ["an interviewer with another interview scheduled", actor("INTERVIEWER"), DONE_NEXT_SCHEDULED, { "always-blind": false, "until-submitted": false, open: true }],
  ["an interviewer in a live session", actor("INTERVIEWER"), LIVE_NOW, { "always-blind": false, "until-submitted": false, open: true }],
  ["a cancelled session owes nothing", actor("INTERVIEWER"), DONE_OTHER_CANCELLED, { "always-blind": false, "until-submitted": true, open: true }],
  ["a hiring manager", actor("HIRING_MANAGER"), NONE, all(true)],
  ["an admin not on the panel", actor("ADMIN"), NONE, all(true)],
  ["an admin on the panel who owes a scorecard", actor("ADMIN"), OWES, { "always-blind": false, "until-submitted": false, open: true }],
  ["an admin on the panel who submitted", actor("ADMIN"), DONE, all(true)],
];

describe("seesOthersScorecards (the blind rule)", () => {
  const cells = BLIND_TABLE.flatMap(([who, a, seats, expected]) => BLIND_MODES.map((mode) => ({ who, a, seats, mode, allowed: expected[mode] })));
  it.each(cells)("$who, mode $mode → $allowed", ({ a, seats, mode, allowed }) => {
    expect(seesOthersScorecards(a, mode, seats)).toBe(allowed);
  });
});

describe("owesScorecard", () => {
  it.each([
    [NONE, false],
    [OWES, true],
    [DONE, false],
    [DONE_ONE_OWES_ANOTHER, true],
    [DONE_NEXT_SCHEDULED, true],
    [DONE_OTHER_CANCELLED, false],
  ])("%j → %s", (seats, owes) => {
    expect(owesScorecard(seats)).toBe(owes);
  });
});

describe("scorecardWriteRefusal", () => {
  const panel = { interviewerIds: ["me", "colleague"] };
  it.each([
    ["nobody", null, "COMPLETED", "UNAUTHENTICATED"],
    ["an assigned interviewer, completed", actor("INTERVIEWER"), "COMPLETED", null],
    ["an assigned interviewer, live (drafts may start)", actor("INTERVIEWER"), "LIVE", null],
    ["an assigned interviewer, scheduled", actor("INTERVIEWER"), "SCHEDULED", "NOT_STARTED"],
    ["an assigned interviewer, cancelled", actor("INTERVIEWER"), "CANCELLED", "NOT_STARTED"],
    ["an unassigned interviewer", actor("INTERVIEWER", "stranger"), "COMPLETED", "FORBIDDEN"],
    ["an assigned admin", actor("ADMIN"), "COMPLETED", null],
    ["an unassigned admin", actor("ADMIN", "stranger"), "COMPLETED", "FORBIDDEN"],
    ["a hiring manager, even if listed", actor("HIRING_MANAGER"), "COMPLETED", "FORBIDDEN"],
    ["a candidate, even if listed", actor("CANDIDATE"), "COMPLETED", "FORBIDDEN"],
  ] as const)("%s → %s", (_who, a, status, refusal) => {
    expect(scorecardWriteRefusal(a, { ...panel, status })).toBe(refusal);
  });
});

describe("canReadSessionScorecards", () => {
  const panel = { interviewerIds: ["me"] };
  it.each([
    ["nobody", null, false],
    ["an assigned interviewer", actor("INTERVIEWER"), true],
    ["an unassigned interviewer", actor("INTERVIEWER", "stranger"), false],
    ["a hiring manager", actor("HIRING_MANAGER", "hm"), true],
    ["an admin", actor("ADMIN", "boss"), true],
    ["a candidate, even if listed", actor("CANDIDATE"), false],
  ] as const)("%s → %s", (_who, a, allowed) => {
    expect(canReadSessionScorecards(a, panel)).toBe(allowed);
  });
});

describe("drafts and submitting", () => {
  it("shows others' drafts to reviewers only", () => {
    expect(seesOthersDrafts(actor("HIRING_MANAGER"))).toBe(true);
    expect(seesOthersDrafts(actor("ADMIN"))).toBe(true);
    expect(seesOthersDrafts(actor("INTERVIEWER"))).toBe(false);
    expect(seesOthersDrafts(null)).toBe(false);
  });

  it("submits only in a completed session", () => {
    expect(["SCHEDULED", "LIVE", "COMPLETED", "CANCELLED"].filter((s) => canSubmitIn(s as SessionStatus))).toEqual(["COMPLETED"]);
  });
});
