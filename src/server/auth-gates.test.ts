import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/app-error";
import { assertCan, gatesFor, type SessionUser } from "./auth-gates";

const user = (role: SessionUser["role"]): SessionUser => ({ id: "u", email: "u@example.com", name: "U", role });

describe("the gates every entry point and query opens with", () => {
  it("refuses nobody as unauthenticated rather than forbidden", async () => {
    await expect(gatesFor(async () => null).requireUser()).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(gatesFor(async () => user("CANDIDATE")).requireUser()).resolves.toMatchObject({ role: "CANDIDATE" });
  });

  it("refuses a role without the permission as forbidden, with an AppError", () => {
    expect(() => assertCan(user("CANDIDATE"), "questions:read")).toThrow(AppError);
    expect(() => assertCan(user("CANDIDATE"), "questions:read")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(() => assertCan(user("HIRING_MANAGER"), "questions:read")).not.toThrow();
  });
});
