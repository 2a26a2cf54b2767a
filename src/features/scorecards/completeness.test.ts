import { describe, expect, it } from "vitest";
import { furthestReached, missingForSubmit } from "./completeness";

const progress = (position: number, elapsedMs = 0, revealedProbes = 0, active = false) => ({ position, elapsedMs, revealedProbes, active });

describe("furthestReached", () => {
  it("is the current question when nothing later has time or probes", () => {
    expect(furthestReached(1, [progress(0, 500), progress(1, 300), progress(2), progress(3)])).toBe(1);
  });
  it("remembers a later question visited before going back", () => {
    expect(furthestReached(0, [progress(0, 500), progress(1, 300), progress(2, 10), progress(3)])).toBe(2);
    expect(furthestReached(0, [progress(0), progress(1), progress(2, 0, 1), progress(3)])).toBe(2);
    expect(furthestReached(0, [progress(0), progress(1, 0, 0, true)])).toBe(1);
  });
});

describe("missingForSubmit", () => {
  const q = (position: number, reached: boolean, rating: number | null) => ({ questionId: `q${position}`, position, title: `Title ${position}`, reached, rating });

  it("names each reached question without a rating, and a missing recommendation and level", () => {
    expect(missingForSubmit({ recommendation: null, level: undefined, questions: [q(0, true, 3), q(1, true, null), q(2, false, null)] })).toEqual({
      "ratings.q1": ["Rate question 2, “Title 1”"],
      recommendation: ["Choose a recommendation"],
      level: ["Choose an estimated level"],
    });
  });

  it("lets questions the interview never reached stay unrated", () => {
    expect(missingForSubmit({ recommendation: "YES", level: "SENIOR", questions: [q(0, true, 3), q(1, false, null)] })).toEqual({});
  });
});
