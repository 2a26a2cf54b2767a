import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/policy";
import { kitCan, type KitCapability } from "./policy";

const kit = { createdById: "maker" };

const TABLE: Array<{ who: string; id: string; role: Role; use: boolean; edit: boolean; delete: boolean }> = [
  { who: "the interviewer who made it", id: "maker", role: "INTERVIEWER", use: true, edit: true, delete: true },
  { who: "another interviewer", id: "other", role: "INTERVIEWER", use: true, edit: true, delete: false },
  { who: "an admin", id: "admin", role: "ADMIN", use: true, edit: true, delete: true },
  { who: "a hiring manager", id: "manager", role: "HIRING_MANAGER", use: false, edit: false, delete: false },
  { who: "a candidate", id: "candidate", role: "CANDIDATE", use: false, edit: false, delete: false },
  { who: "a candidate who somehow made it", id: "maker", role: "CANDIDATE", use: false, edit: false, delete: false },
];

describe("kit policy", () => {
  const cells = TABLE.flatMap((row) =>
    (["use", "edit", "delete"] as KitCapability[]).map((capability) => ({ ...row, capability, allowed: row[capability] })),
  );
  it.each(cells)("$who → $capability = $allowed", ({ id, role, capability, allowed }) => {
    expect(kitCan({ id, role }, capability, kit)).toBe(allowed);
  });

  it("refuses anyone not signed in", () => {
    expect(kitCan(null, "use", kit)).toBe(false);
  });
});
