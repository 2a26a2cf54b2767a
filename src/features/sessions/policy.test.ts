import { describe, expect, it } from "vitest";
import { can, type Role } from "@/lib/policy";
import { sessionCan, type SessionCapability } from "./policy";

const session = { interviewerIds: ["assigned-interviewer", "assigned-admin", "assigned-manager"] };

// Written out in full: a change to the rules must change this table.
const TABLE: Array<{ who: string; id: string; role: Role; view: boolean; run: boolean }> = [
  { who: "assigned interviewer", id: "assigned-interviewer", role: "INTERVIEWER", view: true, run: true },
  { who: "other interviewer", id: "someone-else", role: "INTERVIEWER", view: false, run: false },
  { who: "assigned admin", id: "assigned-admin", role: "ADMIN", view: true, run: true },
  { who: "unassigned admin", id: "some-admin", role: "ADMIN", view: true, run: false },
  { who: "hiring manager", id: "some-manager", role: "HIRING_MANAGER", view: true, run: false },
  { who: "hiring manager somehow assigned", id: "assigned-manager", role: "HIRING_MANAGER", view: true, run: false },
  { who: "candidate", id: "some-candidate", role: "CANDIDATE", view: false, run: false },
];

describe("session policy", () => {
  const cells = TABLE.flatMap((row) =>
    (["view", "run"] as SessionCapability[]).map((capability) => ({ ...row, capability, allowed: row[capability] })),
  );
  it.each(cells)("$who → $capability = $allowed", ({ id, role, capability, allowed }) => {
    expect(sessionCan({ id, role }, capability, session)).toBe(allowed);
  });

  it("refuses anyone not signed in", () => {
    expect(sessionCan(null, "view", session)).toBe(false);
    expect(sessionCan(undefined, "run", session)).toBe(false);
  });

  it.each([
    { role: "ADMIN" as Role, all: true },
    { role: "HIRING_MANAGER" as Role, all: true },
    { role: "INTERVIEWER" as Role, all: false },
    { role: "CANDIDATE" as Role, all: false },
  ])("$role sees all sessions in the list: $all", ({ role, all }) => {
    expect(can({ id: "x", role }, "sessions:view-all")).toBe(all);
  });
});
