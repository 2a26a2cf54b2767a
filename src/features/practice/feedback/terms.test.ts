import { describe, expect, it } from "vitest";
import { foldSpelling, stemOf, termsOf, tokenize } from "./terms";

const stems = (text: string) => termsOf(text).map((t) => (t.negated ? `-${t.stem}` : t.stem));

describe("termsOf", () => {
  it("drops stop words and stems the rest, keeping numbers", () => {
    expect(stems("The browser revalidates the stale copies after 600 seconds")).toEqual(["browser", "revalid", "stale", "copi", "600", "second"]);
  });

  it("folds British spellings into American ones on both sides", () => {
    expect(foldSpelling("synchronisation")).toBe("synchronization");
    expect(foldSpelling("serialised")).toBe("serialized");
    expect(foldSpelling("behaviour")).toBe("behavior");
    expect(stemOf("normalise")).toBe(stemOf("normalize"));
  });

  it("marks what a negation governs, up to two words and not past a preposition or a clause", () => {
    expect(stems("It is not atomic")).toEqual(["-atom"]);
    expect(stems("The loop doesn't block the thread")).toEqual(["loop", "-block", "-thread"]);
    expect(stems("The server will not be asked for ten minutes")).toEqual(["server", "-ask", "ten", "minut"]);
    expect(stems("Never released, the lock stays held")).toEqual(["-releas", "lock", "stai", "held"]);
    expect(stems("The server can skip generating the page")).toEqual(["server", "-gener", "-page"]);
  });

  it("reads idioms and hyphenated names as no negation", () => {
    expect(stems("no matter what the user does")).toEqual(["user"]);
    expect(stems("no-cache allows storing")).toEqual(["cach", "allow", "store"]);
  });

  it("keeps where each term stood, for highlighting", () => {
    const [term] = termsOf("  Deadlocks happen");
    expect(term).toMatchObject({ surface: "Deadlocks", start: 2, end: 11, sentence: 0 });
  });
});

describe("tokenize", () => {
  it("counts sentences and clauses, and notes words joined by a hyphen", () => {
    const tokens = tokenize("Use max-age. Then, revalidate");
    expect(tokens.map((t) => [t.word, t.sentence, t.joined])).toEqual([["use", 0, false], ["max", 0, false], ["age", 0, true], ["then", 1, false], ["revalidate", 1, false]]);
    expect(tokens[4]!.clause).toBeGreaterThan(tokens[3]!.clause);
  });

  it("does not end a sentence at the dot of a number, a file name or a package path", () => {
    expect(new Set(tokenize("Version 3.5 loads app.3f9c1b.js and sync.Mutex here").map((t) => t.sentence))).toEqual(new Set([0]));
  });
});
