import { describe, expect, it } from "vitest";
import { ratingsByLevel, suggestLevel, type RatedQuestion } from "./level-estimate";

const q = (level: RatedQuestion["level"], rating: number | null): RatedQuestion => ({ level, rating });

describe("suggestLevel", () => {
  it.each([
    ["nothing rated", [q("JUNIOR", null), q("SENIOR", null)], null],
    ["no questions at all", [], null],
    ["only junior questions, answered well", [q("JUNIOR", 3), q("JUNIOR", 4)], "JUNIOR"],
    ["junior questions answered badly still fall back to junior", [q("JUNIOR", 1), q("JUNIOR", 2)], "JUNIOR"],
    ["a senior pass on top of passing lower levels", [q("JUNIOR", 4), q("MIDDLE", 3), q("SENIOR", 3), q("STAFF", 2)], "SENIOR"],
    ["the seeded disagreement: senior failed", [q("JUNIOR", 4), q("MIDDLE", 3), q("SENIOR", 1), q("STAFF", 2)], "MIDDLE"],
    ["the mean decides: 4 and 2 average exactly 3", [q("MIDDLE", 4), q("MIDDLE", 2)], "MIDDLE"],
    ["just under the bar", [q("MIDDLE", 3), q("MIDDLE", 2), q("MIDDLE", 3)], "JUNIOR"],
    ["the highest passing level wins, even over a failed one below it", [q("JUNIOR", 2), q("STAFF", 4)], "STAFF"],
    ["unrated questions at a level do not count against it", [q("SENIOR", 3), q("SENIOR", null), q("STAFF", null)], "SENIOR"],
  ] as const)("%s", (_name, questions, expected) => {
    expect(suggestLevel(questions)).toBe(expected);
  });
});

describe("ratingsByLevel", () => {
  it("counts rated questions and averages them per level, in level order", () => {
    expect(ratingsByLevel([q("SENIOR", 2), q("JUNIOR", 4), q("SENIOR", 3), q("SENIOR", null)])).toEqual([
      { level: "JUNIOR", rated: 1, mean: 4 },
      { level: "MIDDLE", rated: 0, mean: null },
      { level: "SENIOR", rated: 2, mean: 2.5 },
      { level: "STAFF", rated: 0, mean: null },
    ]);
  });
});
