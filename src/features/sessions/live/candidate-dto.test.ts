import { describe, expect, it } from "vitest";
import { toCandidateView, type CandidateSource } from "./candidate-dto";
import { CANDIDATE_VIEW_KEYS } from "./candidate-types";

// Every interviewer-only field a careless mapper could copy, each carrying a marker.
const SECRET_MARKERS = [
  "SECRET-MODEL-ANSWER",
  "SECRET-WRONG-ANSWER",
  "SECRET-WHY",
  "SECRET-EXPECTED-PROBE-ANSWER",
  "SECRET-HIDDEN-PROBE",
  "SECRET-SECTION-BODY",
  "SECRET-NOTES",
  "SECRET-TOKEN-HASH",
  "SECRET-CANDIDATE-EMAIL",
  "SECRET-INTERVIEWER",
];

/** A row as a careless query would return it: the allowed fields plus everything else. */
function leakyRow(status: string): CandidateSource {
  const row = {
    id: "session-1",
    status,
    revision: 7,
    currentIndex: 1,
    questionCount: 3,
    tokenHash: "SECRET-TOKEN-HASH",
    candidate: { name: "Ana", email: "SECRET-CANDIDATE-EMAIL@example.com" },
    interviewers: [{ name: "SECRET-INTERVIEWER" }],
    rating: 4,
    notes: "SECRET-NOTES",
    current: {
      title: "What is a data race?",
      prompt: "Explain a **data race** with `code`.",
      modelAnswer: "SECRET-MODEL-ANSWER",
      wrongAnswers: [{ answer: "SECRET-WRONG-ANSWER", why: "SECRET-WHY" }],
      sections: [{ label: "Fix", body: "SECRET-SECTION-BODY" }],
      probes: [
        { question: "First follow-up?", answer: "SECRET-EXPECTED-PROBE-ANSWER 1" },
        { question: "Second follow-up?", answer: "SECRET-EXPECTED-PROBE-ANSWER 2" },
        { question: "SECRET-HIDDEN-PROBE not revealed yet", answer: "SECRET-EXPECTED-PROBE-ANSWER 3" },
      ],
      revealedProbes: 2,
      elapsedMs: 1500,
      activeSince: new Date("2026-01-01T10:00:00.000Z"),
      notes: [{ notes: "SECRET-NOTES", rating: 3 }],
      budgetSeconds: 600,
    },
  };
  return row as unknown as CandidateSource;
}

/** Every object key path in a JSON value, arrays written as `path[]`. */
function keysByPath(value: unknown, path = "", out: Record<string, string[]> = {}): Record<string, string[]> {
  if (Array.isArray(value)) {
    for (const item of value) keysByPath(item, `${path}[]`, out);
  } else if (value && typeof value === "object") {
    const keys = Object.keys(value);
    out[path] = [...new Set([...(out[path] ?? []), ...keys])].sort();
    for (const key of keys) keysByPath((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, out);
  }
  return out;
}

const NOW = new Date("2026-01-01T10:00:05.000Z");

describe("candidate view (allow-list)", () => {
  it("has exactly the allowed keys, recursively, while live", () => {
    const view = toCandidateView(leakyRow("LIVE"), NOW);
    const allowed = Object.fromEntries(Object.entries(CANDIDATE_VIEW_KEYS).map(([path, keys]) => [path, [...keys].sort()]));
    expect(keysByPath(JSON.parse(JSON.stringify(view)))).toEqual(allowed);
  });

  it.each(["SCHEDULED", "LIVE", "COMPLETED", "CANCELLED"])("contains no interviewer-only text when %s", (status) => {
    const json = JSON.stringify(toCandidateView(leakyRow(status), NOW));
    for (const marker of SECRET_MARKERS) expect(json).not.toContain(marker);
  });

  it("shows the prompt as HTML and only the revealed probes' questions", () => {
    const view = toCandidateView(leakyRow("LIVE"), NOW);
    expect(view.question?.promptHtml).toContain("<strong>data race</strong>");
    expect(view.question?.revealedProbes).toEqual([{ question: "First follow-up?" }, { question: "Second follow-up?" }]);
    expect(view.position).toEqual({ index: 1, total: 3 });
    expect(view.timing).toEqual({ elapsedMs: 1500, activeSince: "2026-01-01T10:00:00.000Z", serverNow: NOW.toISOString() });
  });

  it.each(["SCHEDULED", "COMPLETED", "CANCELLED"])("holds no question at all when %s", (status) => {
    const view = toCandidateView(leakyRow(status), NOW);
    expect(view).toEqual({ status, revision: 7, position: { index: 1, total: 3 }, question: null, timing: null });
  });

  it("never reveals more probes than exist, nor a negative number", () => {
    const many = leakyRow("LIVE");
    many.current!.revealedProbes = 99;
    expect(toCandidateView(many, NOW).question?.revealedProbes).toHaveLength(3);
    many.current!.revealedProbes = -1;
    expect(toCandidateView(many, NOW).question?.revealedProbes).toEqual([]);
  });

  it("treats an unknown status as waiting rather than showing anything", () => {
    expect(toCandidateView(leakyRow("SOMETHING-NEW"), NOW)).toMatchObject({ status: "SCHEDULED", question: null });
  });
});
