import { describe, expect, it } from "vitest";
import { buildBankIndex, readAnswer } from "./bank-index";
import { compareAnswer, type FeedbackQuestion } from "./compare";

// A small bank of three questions, written for this test.
const bank = [
  [
    "What is a deadlock?",
    "Two threads each hold a lock the other needs, so neither proceeds. Break the cycle by taking locks in one global order.",
    "Add a timeout and retry the transfer.",
    "Use a single global lock for all accounts.",
  ],
  ["Why use compare-and-swap?", "An atomic compare-and-swap updates one word without blocking a thread on a lock.", "A mutex (mutual exclusion lock) admits one thread."],
  ["What does the GIL do?", "The global interpreter lock lets one thread run Python bytecode at a time.", "A dead lock is a cycle of waiters."],
];
const index = buildBankIndex(bank);

const question: FeedbackQuestion = {
  modelAnswer: bank[0]![1]!,
  keyPoints: ["Two threads each hold a lock the other needs, so neither proceeds.", "Break the cycle by taking locks in one global order."],
  wrongAnswers: [
    { answer: "Add a timeout and retry the transfer.", why: "It hides the cycle." },
    { answer: "Use a single global lock for all accounts.", why: "It serialises every transfer." },
  ],
};

describe("readAnswer: the bank's own equivalences", () => {
  it("reads an acronym the bank spells out as the words it stands for", () => {
    expect([...readAnswer("I would use CAS here", index).terms.keys()]).toEqual(expect.arrayContaining(["compar", "swap"]));
  });
  it("reads words written apart as the bank's joined word, and the reverse", () => {
    expect(readAnswer("a dead lock", index).terms.has("deadlock")).toBe(true);
  });
  it("reads one side of a gloss as the other", () => {
    expect(readAnswer("mutual exclusion lock", index).terms.has("mutex")).toBe(true);
  });
  it("does not invent: words the bank does not relate stay as they are", () => {
    expect([...readAnswer("a quick brown fox", index).terms.keys()].sort()).toEqual(["brown", "fox", "quick"]);
  });
});

describe("compareAnswer", () => {
  it("marks each key point covered or missed, with the answer's own words that matched", () => {
    const feedback = compareAnswer(question, "Both Threads hold a lock that the other one needs, and neither can proceed.", index);
    expect(feedback.keyPoints).toEqual([
      { text: question.keyPoints[0], covered: true, matched: expect.arrayContaining(["Threads", "hold", "lock", "needs", "proceed"]) },
      { text: question.keyPoints[1], covered: false, matched: expect.arrayContaining(["lock"]) },
    ]);
    expect(feedback.coverage).toBe(0.5);
  });

  it("names the wrong answer an answer echoes, with its why and a score", () => {
    const feedback = compareAnswer(question, "I'd put a timeout on the lock and retry the whole transfer if it fires.", index);
    expect(feedback.echoes).toEqual([{ index: 0, answer: "Add a timeout and retry the transfer.", why: "It hides the cycle.", score: expect.any(Number) }]);
    expect(feedback.echoes[0]!.score).toBeGreaterThan(0.5);
    expect(feedback.echoes[0]!.score).toBeLessThanOrEqual(1);
  });

  it("does not call an answer an echo for words the model answer uses too", () => {
    expect(compareAnswer(question, "Take the locks in one global order.", index).echoes).toEqual([]);
  });

  it("reads an echo the same way round only: a negated claim is not the claim", () => {
    expect(compareAnswer(question, "Do not add a timeout, and never retry the transfer blindly.", index).echoes).toEqual([]);
  });

  it("gives an off-topic answer no coverage and no echo", () => {
    expect(compareAnswer(question, "Flexbox aligns items along one axis of the page.", index)).toEqual({
      keyPoints: question.keyPoints.map((text) => ({ text, covered: false, matched: [] })),
      coverage: 0,
      echoes: [],
    });
  });
});
