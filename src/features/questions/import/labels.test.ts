import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  classifyLabel,
  findProbeSeparator,
  matchPlainLabel,
  matchQuestionHead,
  parseWrongAnswer,
  splitWrongAnswerRun,
} from "./labels";
import { detectFormat, parseDocument } from "./parse-document";
import { levelFromName } from "./schema";

describe("levelFromName", () => {
  it.each([
    ["Junior", "junior"],
    ["beginner", "junior"],
    ["BEGINNER", "junior"],
    ["Middle", "middle"],
    ["Mid", "middle"],
    ["Mid-level", "middle"],
    ["mid level", "middle"],
    ["Intermediate", "middle"],
    ["Senior", "senior"],
    ["Advanced", "senior"],
    ["Staff", "staff"],
    ["Expert", "staff"],
    ["Principal", "staff"],
    ["Senior level questions", "senior"],
    ["Staff engineer", "staff"],
    ["Junior (6 questions)", "junior"],
    ["Level 2: Middle", "middle"],
    ["Senior — distributed systems", "senior"],
  ] as const)("%s → %s", (name, level) => {
    expect(levelFromName(name)).toBe(level);
  });

  it.each(["Wizard", "Closing", "", "Advanced topics we skip", "Junior and senior"])("%j → null", (name) => {
    expect(levelFromName(name)).toBeNull();
  });
});

describe("labels", () => {
  it("classifies the answer labels and keeps other labels as sections", () => {
    expect(classifyLabel("Model answer.")).toEqual({ label: "Model answer", role: "model" });
    expect(classifyLabel("Common wrong answers:")).toEqual({ label: "Common wrong answers", role: "wrong" });
    expect(classifyLabel("Follow-up.")?.role).toBe("followup");
    expect(classifyLabel("Follow up")?.role).toBe("followup");
    expect(classifyLabel("Better approach.")).toEqual({ label: "Better approach", role: "section" });
  });

  it("recognises plain-text labels ending in '.' or ':'", () => {
    expect(matchPlainLabel("Fix. Use a WaitGroup.")).toEqual({ label: "Fix", role: "section", rest: "Use a WaitGroup." });
    expect(matchPlainLabel("Fix: pad it.")).toMatchObject({ label: "Fix", rest: "pad it." });
    expect(matchPlainLabel("Detection:")).toMatchObject({ label: "Detection", rest: "" });
    expect(matchPlainLabel("Mitigation: per-CPU counters.")).toMatchObject({ label: "Mitigation", role: "section" });
    expect(matchPlainLabel("Model answer. It is.")).toMatchObject({ label: "Model answer", role: "model", rest: "It is." });
  });

  it("does not mistake sentences for labels", () => {
    for (const line of [
      "The skills compound. Concurrency interviews pivot.",
      "Channels excel at: communicating ownership.",
      "It depends. Usually not.",
      "Rarely. Only in containers.",
      "Observability is the senior tax of concurrency. Without it, you are blind.",
      "Once located, remedies include: finer locks.",
      "Unknown phrase.",
    ]) {
      expect(matchPlainLabel(line), line).toBeNull();
    }
  });

  it("reads question headings", () => {
    expect(matchQuestionHead("Q7. State Amdahl's law")).toEqual({ number: 7, title: "State Amdahl's law" });
    expect(matchQuestionHead("Q12: Title")).toEqual({ number: 12, title: "Title" });
    expect(matchQuestionHead("Question 3) Title")).toEqual({ number: 3, title: "Title" });
    expect(matchQuestionHead("Q4.")).toEqual({ number: 4, title: "" });
    expect(matchQuestionHead("Quality matters.")).toBeNull();
    expect(matchQuestionHead("Q1 revenue grew")).toBeNull();
  });
});

describe("wrong answers", () => {
  it("splits a run-together line", () => {
    expect(splitWrongAnswerRun('- "A b." (Why a.) - "C - d." (Why (nested) c.) - "E."')).toEqual([
      '"A b." (Why a.)',
      '"C - d." (Why (nested) c.)',
      '"E."',
    ]);
  });

  it("parses statement and reason", () => {
    expect(parseWrongAnswer('"It is fast." (Not always.)')).toEqual({ answer: "It is fast.", why: "Not always." });
    expect(parseWrongAnswer("“Curly quotes.” (Fine.)")).toEqual({ answer: "Curly quotes.", why: "Fine." });
    expect(parseWrongAnswer('"No reason given"')).toEqual({ answer: "No reason given", why: "" });
    expect(parseWrongAnswer('"Call f() twice." (Once is enough (really).)')).toEqual({
      answer: "Call f() twice.",
      why: "Once is enough (really).",
    });
    expect(parseWrongAnswer('"Dash style." — because reasons')).toEqual({ answer: "Dash style.", why: "because reasons" });
    expect(parseWrongAnswer("(only brackets)")).toEqual({ answer: "(only brackets)", why: "" });
    expect(parseWrongAnswer('"unterminated (oops')).toEqual({ answer: '"unterminated (oops', why: "" });
  });
});

describe("follow-up separators", () => {
  const split = (value: string) => {
    const found = findProbeSeparator(value);
    return found ? [value.slice(0, found.index), value.slice(found.index + found.length)] : null;
  };

  it("accepts em dash, en dash and spaced hyphen", () => {
    expect(split("Why? — Because.")).toEqual(["Why?", "Because."]);
    expect(split("Why? – Because.")).toEqual(["Why?", "Because."]);
    expect(split("Why? - Because.")).toEqual(["Why?", "Because."]);
    expect(split("Why?—Because.")).toEqual(["Why?", "Because."]);
  });

  // The regular expression this search replaced (issue 14: quadratic on a long run of spaces).
  // On text short enough for it, the linear search must find exactly what it found.
  function regexSeparator(value: string) {
    let best: { index: number; length: number; rank: number } | null = null;
    for (const match of value.matchAll(/([?.!])?(\s*)([—–]|-{1,2})(\s*)/g)) {
      const [whole, punctuation, spaceBefore = "", dash = "", spaceAfter = ""] = match;
      const spaced = spaceBefore.length > 0 && spaceAfter.length > 0;
      if (dash.startsWith("-") ? !spaced : !spaced && punctuation !== "?") continue;
      const place = punctuation === "?" ? 0 : punctuation ? 1 : 2;
      const rank = place * 3 + (dash === "—" ? 0 : dash === "–" ? 1 : 2);
      const offset = punctuation ? 1 : 0;
      if (!best || rank < best.rank) best = { index: match.index + offset, length: whole.length - offset, rank };
    }
    return best ? { index: best.index, length: best.length } : null;
  }

  it("finds what the regular expression it replaced found", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "?", ".", "!", " ", "\t", "\u00a0", "\n", "-", "—", "–"), maxLength: 40 });
    fc.assert(fc.property(text, (value) => {
        expect(findProbeSeparator(value)).toEqual(regexSeparator(value));
      }), { numRuns: 3_000 });
  });

  it("prefers the dash after the question over dashes inside it", () => {
    expect(split("Is a non-blocking - really - call safe? — Yes.")).toEqual(["Is a non-blocking - really - call safe?", "Yes."]);
    expect(split("Explain x — briefly. — It is y — or z.")).toEqual(["Explain x — briefly.", "It is y — or z."]);
    expect(split("Name one trade-off — it costs memory.")).toEqual(["Name one trade-off", "it costs memory."]);
    expect(split("No separator here")).toBeNull();
  });
});

describe("linear rewrites of quadratic patterns match the originals", () => {
  const unit = fc.constantFrom("a", "B", " ", "\t", "\n", ".", ":", "(", ")", "-", "—", "/", "|", "1");

  it("label punctuation: /\\s*[.:]+$/", () => {
    const original = (raw: string) => {
      const label = raw.trim().replace(/\s*[.:]+$/, "").replace(/\s+/g, " ").trim();
      return label.length === 0 || label.length > 60 ? null : label;
    };
    fc.assert(fc.property(fc.string({ unit, maxLength: 70 }), (raw) => {
        expect(classifyLabel(raw)?.label ?? null).toBe(original(raw));
      }), { numRuns: 3_000 });
  });

  it("level names: /\\([^)]*\\)/g", () => {
    const words = fc.constantFrom("Senior", "junior", "(", ")", " ", "staff", "level", "—", "-", ":", "x");
    const original = (name: string) => levelFromName(name.replace(/\([^)]*\)/g, " "));
    fc.assert(fc.property(fc.array(words, { maxLength: 12 }).map((parts) => parts.join("")), (name) => {
        expect(levelFromName(name)).toBe(original(name));
      }), { numRuns: 3_000 });
  });
});

describe("format detection and odd shapes", () => {
  it("detects Markdown by its marks and plain text by their absence", () => {
    expect(detectFormat("### Q1. Title\n")).toBe("markdown");
    expect(detectFormat("Q1. Title\n\n**Model answer.** Yes.")).toBe("markdown");
    expect(detectFormat("# Bank\n\n## Junior\n")).toBe("markdown");
    expect(detectFormat("Bank\n\nQ1. Title\n\nModel answer. Yes.\n")).toBe("text");
    expect(detectFormat("Bank\n\nQ1. Title\n\n# a shell comment\nls -la\n")).toBe("text");
  });

  it("numbers unnumbered Markdown questions in order", () => {
    const doc = parseDocument(
      "# Bank\n\n## Senior\n\n### What is X?\n\n**Model answer.** X.\n\n### What is Y?\n\n**Model answer.** Y.\n",
    );
    expect(doc.questions.map((q) => [q.number, q.level, q.title])).toEqual([
      [1, "senior", "What is X?"],
      [2, "senior", "What is Y?"],
    ]);
  });

  it("continues numbering after the last explicit number", () => {
    const doc = parseDocument(
      "# Bank\n\n## Junior\n\n### Q5. Five\n\n**Model answer.** 5.\n\n### Six, unnumbered\n\n**Model answer.** 6.\n\n## Closing\n\nThanks.\n",
    );
    expect(doc.questions.map((q) => q.number)).toEqual([5, 6]);
    expect(doc.bank.notes).toBe("## Closing\n\nThanks.");
  });

  it("reads several follow-ups from a list, and answers on the next paragraph", () => {
    const doc = parseDocument(
      [
        "# B", "## Middle", "### Q1. T", "**Model answer:** A.",
        "**Follow-ups.**", "- *First?* — One.", "- *Second?* – Two.",
        "**Follow-up.** *Third?*", "Three, on its own paragraph.",
        "**Fix**: outside-the-bold punctuation.",
      ].join("\n\n"),
    );
    expect(doc.questions[0]?.probes).toEqual([
      { question: "First?", answer: "One." },
      { question: "Second?", answer: "Two." },
      { question: "Third?", answer: "Three, on its own paragraph." },
    ]);
    expect(doc.questions[0]?.sections).toEqual([{ label: "Fix", body: "outside-the-bold punctuation." }]);
    expect(doc.warnings).toEqual([]);
  });

  it("does not take a stressed first word for the whole follow-up question", () => {
    const doc = parseDocument("# B\n\n## Junior\n\n### Q1. T\n\n**Model answer.** A.\n\n**Follow-up.** *Why* does it block? — The buffer is full.\n");
    // The question is the document's own Markdown (lossless parts), stress and all.
    expect(doc.questions[0]?.probes).toEqual([{ question: "*Why* does it block?", answer: "The buffer is full." }]);
  });

  it("keeps inline Markdown in Markdown fields", () => {
    const doc = parseDocument(
      "# B\n\n## Junior\n\n### Q1. What does `GOMAXPROCS` do?\n\n**Model answer.** It caps `P`s. See [docs](https://go.dev).\n",
    );
    expect(doc.questions[0]?.title).toBe("What does GOMAXPROCS do?");
    expect(doc.questions[0]?.modelAnswer).toBe("It caps `P`s. See [docs](https://go.dev).");
  });

  it("prefers the '# Title' over prose above it", () => {
    const doc = parseDocument("Skip to content\n\n# Real Title\n\nIntro.\n\n## Junior\n\n### Q1. T\n\n**Model answer.** A.\n");
    expect(doc.bank.name).toBe("Real Title");
    expect(doc.bank.description).toBe("Intro.");
  });

  it("names a bank without a title and honours bankName", () => {
    expect(parseDocument("## Junior\n\n### Q1. T\n\n**Model answer.** A.\n").bank.name).toBe("Untitled bank");
    const named = parseDocument("## Junior\n\n### Q1. T\n\n**Model answer.** A.\n", { bankName: "Mine" });
    expect(named.bank.name).toBe("Mine");
    expect(named.warnings).toEqual([]);
  });

  it("files questions before any level heading under junior, with one warning", () => {
    const doc = parseDocument("Bank\n\nQ1. A?\n\nModel answer. a\n\nQ2. B?\n\nModel answer. b\n");
    expect(doc.questions.map((q) => q.level)).toEqual(["junior", "junior"]);
    expect(doc.warnings).toEqual([{ question: null, message: expect.stringMatching(/before any level heading/) }]);
  });
});
