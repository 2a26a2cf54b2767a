import { describe, expect, it } from "vitest";
import { canSeeMock, friendLinkOpen, gradeFromRating, NOTES_GRACE_MS, UNENDED_LINK_MS } from "./policy";

const created = new Date("2026-12-01T10:00:00Z");
const at = (ms: number) => new Date(created.getTime() + ms);
const HOUR = 3_600_000;

describe("the friend's link", () => {
  const cases: Array<{ name: string; status: string; endedAt: Date | null; now: Date; open: boolean }> = [
    { name: "before the start", status: "SCHEDULED", endedAt: null, now: at(HOUR), open: true },
    { name: "during the mock", status: "LIVE", endedAt: null, now: at(2 * HOUR), open: true },
    { name: "a week after creation, never ended", status: "LIVE", endedAt: null, now: at(UNENDED_LINK_MS), open: false },
    { name: "an hour after the end (notes)", status: "COMPLETED", endedAt: at(HOUR), now: at(2 * HOUR), open: true },
    { name: "just before the grace day is over", status: "COMPLETED", endedAt: at(HOUR), now: at(HOUR + NOTES_GRACE_MS - 1), open: true },
    { name: "when the grace day is over", status: "COMPLETED", endedAt: at(HOUR), now: at(HOUR + NOTES_GRACE_MS), open: false },
    { name: "cancelled before it started", status: "CANCELLED", endedAt: null, now: at(1), open: false },
    { name: "cancelled by the candidate during the mock", status: "CANCELLED", endedAt: at(HOUR), now: at(HOUR + 1), open: false },
  ];
  it.each(cases)("$name → open $open", ({ status, endedAt, now, open }) => {
    expect(friendLinkOpen({ status, createdAt: created, endedAt }, now)).toBe(open);
  });
});

describe("who sees a mock", () => {
  it.each([
    { role: "CANDIDATE" as const, id: "owner", see: true },
    { role: "CANDIDATE" as const, id: "other", see: false },
    { role: "INTERVIEWER" as const, id: "owner", see: false },
    { role: "ADMIN" as const, id: "owner", see: false },
    { role: "HIRING_MANAGER" as const, id: "owner", see: false },
  ])("$role $id → $see", ({ role, id, see }) => {
    expect(canSeeMock({ id, role }, { userId: "owner" })).toBe(see);
  });
  it("nobody signed in sees nothing", () => expect(canSeeMock(null, { userId: "owner" })).toBe(false));
});

describe("the friend's rating as a practice grade", () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 4],
    [null, null],
    [0, null],
    [5, null],
  ])("rating %s → grade %s", (rating, grade) => expect(gradeFromRating(rating)).toBe(grade));
});
