import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import type { Role } from "@/lib/policy";
import { assertQuestions, canQuestions, type QuestionAbility } from "./policy";

const TABLE: Record<Role, Record<QuestionAbility, boolean>> = {
  ADMIN: { read: true, edit: true, import: true, api: true },
  INTERVIEWER: { read: true, edit: true, import: true, api: true },
  HIRING_MANAGER: { read: true, edit: false, import: false, api: false },
  CANDIDATE: { read: false, edit: false, import: false, api: false },
};

describe("question bank policy", () => {
  for (const [role, abilities] of Object.entries(TABLE)) {
    for (const [ability, allowed] of Object.entries(abilities)) {
      it(`${role} ${allowed ? "may" : "may not"} ${ability}`, () => {
        expect(canQuestions({ id: "u", role: role as Role }, ability as QuestionAbility)).toBe(allowed);
      });
    }
  }

  it("refuses everything to nobody, as unauthenticated rather than forbidden", () => {
    for (const ability of ["read", "edit", "import", "api"] as const) expect(canQuestions(null, ability)).toBe(false);
    expect(() => assertQuestions(null, "read")).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
    expect(() => assertQuestions({ id: "u", role: "CANDIDATE" }, "read")).toThrow(AppError);
    expect(() => assertQuestions({ id: "u", role: "CANDIDATE" }, "read")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
  });
});
