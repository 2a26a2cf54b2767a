import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/lib/policy";
import { canPractise, canSeePractice } from "./policy";

const OWNER = { userId: "me" };

describe("practice policy", () => {
  const cases: Array<{ role: Role; id: string; practise: boolean; see: boolean }> = [
    { role: "CANDIDATE", id: "me", practise: true, see: true },
    { role: "CANDIDATE", id: "someone-else", practise: true, see: false },
    { role: "INTERVIEWER", id: "me", practise: false, see: false },
    { role: "HIRING_MANAGER", id: "me", practise: false, see: false },
    { role: "ADMIN", id: "me", practise: false, see: false },
    { role: "ADMIN", id: "someone-else", practise: false, see: false },
  ];
  it.each(cases)("$role $id → practise $practise, see the owner's practice $see", ({ role, id, practise, see }) => {
    expect(canPractise({ id, role })).toBe(practise);
    expect(canSeePractice({ id, role }, OWNER)).toBe(see);
  });

  it("refuses anyone not signed in", () => {
    expect(canPractise(null)).toBe(false);
    expect(canSeePractice(undefined, OWNER)).toBe(false);
    expect(ROLES.filter((role) => canPractise({ id: "x", role }))).toEqual(["CANDIDATE"]);
  });
});
