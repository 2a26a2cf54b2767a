import { describe, expect, it } from "vitest";
import { matchQuestions, normalizePrompt, normalizeTitle, type DocumentKeys, type StoredKeys } from "./identity";

describe("normalizeTitle", () => {
  it.each([
    ["Q3. What is a deadlock?", "what is a deadlock"],
    ["Question 12: What is a deadlock", "what is a deadlock"],
    ["3) what IS a   deadlock ?!", "what is a deadlock"],
    ["Q7 — Deadlocks: what are they?", "deadlocks what are they"],
    ["**What** is a `deadlock`?", "what is a deadlock"],
    ["2PC vs 3PC", "2pc vs 3pc"],
    ["3 ways to leak a goroutine", "3 ways to leak a goroutine"],
    ["Ｑ３. Full-width numbering", "full width numbering"],
  ])("%s → %s", (title, key) => {
    expect(normalizeTitle(title)).toBe(key);
  });

  it("leaves numbers that are part of a prompt alone", () => {
    expect(normalizePrompt("3. Explain why, in 2 sentences.")).toBe("3 explain why in 2 sentences");
  });
});

const stored = (id: string, number: number, title: string, prompt = title): StoredKeys => ({ id, number, title, prompt });
const doc = (title: string, prompt = title, id?: string): DocumentKeys => ({ title, prompt, ...(id ? { id } : {}) });

describe("matchQuestions", () => {
  it("matches by title whatever the numbers, and by prompt when the title changed", () => {
    const { matches, notes } = matchQuestions(
      [doc("Q9. What is a mutex?"), doc("Deadlocks, renamed", "Explain a deadlock."), doc("Something new")],
      [stored("a", 1, "Deadlock", "Explain a deadlock."), stored("b", 2, "What is a mutex")],
    );
    expect(matches).toEqual([{ stored: 1, by: "title" }, { stored: 0, by: "prompt" }, null]);
    expect(notes).toEqual([]);
  });

  it("prefers the id comment over a title that names another question", () => {
    const { matches } = matchQuestions([doc("What is a mutex?", "p", "a"), doc("What is a semaphore?")], [stored("a", 1, "What is a semaphore?"), stored("b", 2, "What is a mutex?")]);
    // The first is "a" by its id; "a" is then taken, so the second cannot have it by title.
    expect(matches).toEqual([{ stored: 0, by: "id" }, null]);
  });

  it("never guesses between two stored questions with the same title: it tries the prompt, then gives up", () => {
    const twins = [stored("a", 1, "Locks", "Explain mutexes."), stored("b", 2, "Locks", "Explain spinlocks.")];
    const byPrompt = matchQuestions([doc("Locks", "Explain spinlocks.")], twins);
    expect(byPrompt.matches).toEqual([{ stored: 1, by: "prompt" }]);

    const neither = matchQuestions([doc("Locks", "Explain read-write locks.")], twins);
    expect(neither.matches).toEqual([null]);
    expect(neither.notes).toEqual([{ doc: 0, message: expect.stringMatching(/^Its title matches 2 stored questions \(Q1, Q2\), so none was chosen; it is imported as a new question$/) }]);
  });

  it("never guesses between two document questions with the same title either", () => {
    const { matches, notes } = matchQuestions([doc("Locks", "one"), doc("Locks", "two")], [stored("a", 1, "Locks", "three")]);
    expect(matches).toEqual([null, null]);
    expect(notes.map((n) => n.doc)).toEqual([0, 1]);
  });

  it("says when an id comment names no question of the bank, or repeats one, and falls back", () => {
    const { matches, notes } = matchQuestions([doc("One", "p1", "zzz"), doc("Two", "p2", "a"), doc("Three", "p3", "a")], [stored("a", 1, "Two"), stored("c", 3, "Three")]);
    expect(matches).toEqual([null, { stored: 0, by: "id" }, { stored: 1, by: "title" }]);
    expect(notes.map((n) => [n.doc, n.message.slice(0, 40)])).toEqual([
      [0, "Its id comment (probe:id=zzz) names no q"],
      [2, "Its id comment (probe:id=a) repeats an e"],
    ]);
  });

  it("does not match on an empty key", () => {
    expect(matchQuestions([doc("???", "")], [stored("a", 1, "!!!", "")]).matches).toEqual([null]);
  });
});
