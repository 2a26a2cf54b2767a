import { describe, expect, it } from "vitest";
import { can, homeFor, navFor, PERMISSIONS, ROLES, rolesWith, type Permission, type Role } from "./policy";

// The expected table is written out in full so a change to PERMISSIONS must change this test too.
const EXPECTED: Record<Permission, Record<Role, boolean>> = {
  "home:view": { ADMIN: true, INTERVIEWER: true, HIRING_MANAGER: true, CANDIDATE: false },
  "users:manage": { ADMIN: true, INTERVIEWER: false, HIRING_MANAGER: false, CANDIDATE: false },
  "audit:read": { ADMIN: true, INTERVIEWER: false, HIRING_MANAGER: false, CANDIDATE: false },
  "settings:manage": { ADMIN: true, INTERVIEWER: false, HIRING_MANAGER: false, CANDIDATE: false },
  "mail:read": { ADMIN: true, INTERVIEWER: false, HIRING_MANAGER: false, CANDIDATE: false },
  "questions:read": { ADMIN: true, INTERVIEWER: true, HIRING_MANAGER: true, CANDIDATE: false },
  "questions:edit": { ADMIN: true, INTERVIEWER: true, HIRING_MANAGER: false, CANDIDATE: false },
  "questions:import": { ADMIN: true, INTERVIEWER: true, HIRING_MANAGER: false, CANDIDATE: false },
  "questions:api": { ADMIN: true, INTERVIEWER: true, HIRING_MANAGER: false, CANDIDATE: false },
  "banks:manage": { ADMIN: true, INTERVIEWER: true, HIRING_MANAGER: false, CANDIDATE: false },
  "banks:edit": { ADMIN: true, INTERVIEWER: false, HIRING_MANAGER: false, CANDIDATE: false },
  "kits:manage": { ADMIN: true, INTERVIEWER: true, HIRING_MANAGER: false, CANDIDATE: false },
  "kits:delete-any": { ADMIN: true, INTERVIEWER: false, HIRING_MANAGER: false, CANDIDATE: false },
  "sessions:create": { ADMIN: true, INTERVIEWER: true, HIRING_MANAGER: false, CANDIDATE: false },
  "sessions:list": { ADMIN: true, INTERVIEWER: true, HIRING_MANAGER: true, CANDIDATE: false },
  "sessions:run": { ADMIN: true, INTERVIEWER: true, HIRING_MANAGER: false, CANDIDATE: false },
  "sessions:view-all": { ADMIN: true, INTERVIEWER: false, HIRING_MANAGER: true, CANDIDATE: false },
  "scorecards:write": { ADMIN: true, INTERVIEWER: true, HIRING_MANAGER: false, CANDIDATE: false },
  "candidates:review": { ADMIN: true, INTERVIEWER: false, HIRING_MANAGER: true, CANDIDATE: false },
  "decisions:record": { ADMIN: true, INTERVIEWER: false, HIRING_MANAGER: true, CANDIDATE: false },
  "candidates:edit": { ADMIN: true, INTERVIEWER: false, HIRING_MANAGER: true, CANDIDATE: false },
  "candidates:merge": { ADMIN: true, INTERVIEWER: false, HIRING_MANAGER: true, CANDIDATE: false },
  "candidates:erase": { ADMIN: true, INTERVIEWER: false, HIRING_MANAGER: true, CANDIDATE: false },
  "practice:use": { ADMIN: false, INTERVIEWER: false, HIRING_MANAGER: false, CANDIDATE: true },
};

describe("role policy", () => {
  it("covers every permission in the expected table", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  const cells = (Object.keys(EXPECTED) as Permission[]).flatMap((permission) =>
    ROLES.map((role) => ({ permission, role, allowed: EXPECTED[permission][role] })),
  );
  it.each(cells)("$role → $permission = $allowed", ({ permission, role, allowed }) => {
    expect(can({ id: "u", role }, permission)).toBe(allowed);
  });

  it("names the roles holding a permission, as the table says", () => {
    for (const permission of Object.keys(EXPECTED) as Permission[]) {
      expect(rolesWith(permission).sort()).toEqual(ROLES.filter((role) => EXPECTED[permission][role]).sort());
    }
  });

  it("refuses anyone not signed in", () => {
    expect(can(null, "questions:read")).toBe(false);
    expect(can(undefined, "practice:use")).toBe(false);
  });

  it("builds navigation from the same table", () => {
    expect(navFor({ id: "u", role: "CANDIDATE" }).map((n) => n.href)).toEqual(["/practice"]);
    expect(navFor({ id: "u", role: "HIRING_MANAGER" }).map((n) => n.href)).toEqual(["/home", "/questions", "/sessions", "/candidates"]);
    expect(navFor({ id: "u", role: "INTERVIEWER" }).map((n) => n.href)).toEqual(["/home", "/questions", "/kits", "/sessions"]);
    expect(navFor({ id: "u", role: "ADMIN" }).map((n) => n.href)).toContain("/admin/users");
    for (const role of ROLES) expect(navFor({ id: "u", role }).length).toBeGreaterThan(0);
  });

  it("lands staff on the home page and candidates on practice", () => {
    expect(ROLES.map((role) => [role, homeFor(role)])).toEqual([["ADMIN", "/home"], ["INTERVIEWER", "/home"], ["HIRING_MANAGER", "/home"], ["CANDIDATE", "/practice"]]);
  });

  it("lands each role on a page it may open", () => {
    for (const role of ROLES) {
      const home = homeFor(role);
      expect(navFor({ id: "u", role }).some((item) => item.href === home)).toBe(true);
    }
  });
});
