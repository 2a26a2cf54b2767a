import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse-document";
import { parsedDocumentSchema, type ParsedDocument, type ParsedQuestion } from "./schema";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");

const seedPath = path.resolve(process.cwd(), "../shared/seed/what-is-concurrency-interview-questions.txt");
const hasSeed = existsSync(seedPath);

function question(doc: ParsedDocument, number: number): ParsedQuestion {
  const found = doc.questions.find((candidate) => candidate.number === number);
  if (!found) throw new Error(`Q${number} missing`);
  return found;
}

const sectionLabels = (q: ParsedQuestion) => q.sections.map((section) => section.label);

describe.skipIf(!hasSeed)(`seed document (${hasSeed ? seedPath : `skipped: ${seedPath} not found`})`, () => {
  const doc = hasSeed ? parseDocument(readFileSync(seedPath, "utf8")) : (null as unknown as ParsedDocument);

  it("is detected as plain text and satisfies the schema without warnings", () => {
    expect(parsedDocumentSchema.safeParse(doc).success).toBe(true);
    expect(parseDocument(readFileSync(seedPath, "utf8"), { format: "text" })).toEqual(doc);
    expect(doc.warnings).toEqual([]);
  });

  it("finds 25 questions with levels by section", () => {
    expect(doc.questions.map((q) => q.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    const levelOf = (n: number) => question(doc, n).level;
    for (let n = 1; n <= 6; n++) expect(levelOf(n)).toBe("junior");
    for (let n = 7; n <= 12; n++) expect(levelOf(n)).toBe("middle");
    for (let n = 13; n <= 18; n++) expect(levelOf(n)).toBe("senior");
    for (let n = 19; n <= 25; n++) expect(levelOf(n)).toBe("staff");
  });

  it("names the bank from the first meaningful line, skipping page chrome", () => {
    expect(doc.bank.name).toBe("What is Concurrency — Interview Questions");
    expect(doc.bank.description).toMatch(/^Questions from junior to staff\./);
    expect(doc.bank.name + doc.bank.description).not.toContain("Skip to content");
  });

  it("keeps the closing prose as notes, not as a 26th question", () => {
    expect(doc.questions).toHaveLength(25);
    expect(doc.bank.notes).toMatch(/^## Closing\n\nThe questions above are tools/);
    expect(doc.bank.notes).toContain("Start here, then go deeper.");
    expect(question(doc, 25).modelAnswer).not.toContain("Closing");
  });

  it("keeps unfenced code as fenced Markdown in the prompt", () => {
    const q6 = question(doc, 6);
    expect(q6.title).toBe("What's wrong with this code?");
    expect(q6.prompt).toBe('What\'s wrong with this code?\n\n```go\nfunc main() {\n    go fmt.Println("hello")\n}\n```');
    expect(q6.modelAnswer).toMatch(/^The program likely prints nothing\./);
    expect(q6.sections).toEqual([
      { label: "Fix", body: "Use sync.WaitGroup or a channel to wait for the goroutine to finish." },
    ]);

    const q8 = question(doc, 8);
    expect(q8.prompt).toMatch(/^Why does this concurrent code run slower than the sequential version\?\n\n```go\nvar sum int\n/);
    expect(q8.prompt).toMatch(/\n {4}go func\(i int\) \{\n/);
    expect(q8.prompt).toMatch(/wg\.Wait\(\)\n```$/);
    expect(sectionLabels(q8)).toEqual(["Fix"]);
  });

  it("reads labelled sections ending in '.' or ':'", () => {
    expect(question(doc, 9).sections).toEqual([
      {
        label: "Detection",
        body: 'sublinear scaling in benchmarks, high last-level cache miss rate in perf stat, suspicion of "concurrent writes to nearby struct fields."',
      },
      { label: "Fix", body: "pad each frequently-written variable to a 64-byte cache line." },
    ]);
    expect(sectionLabels(question(doc, 14))).toEqual(["Detection"]);
    expect(question(doc, 21).sections).toEqual([
      { label: "Better approach", body: expect.stringMatching(/^Make concurrency explicit at the API level\./) },
    ]);
  });

  it("splits run-together wrong answers and the follow-up dash", () => {
    const q1 = question(doc, 1);
    expect(q1.wrongAnswers).toEqual([
      { answer: "Concurrency is when many things happen at the same time.", why: "That is parallelism." },
      { answer: "Concurrency is multithreading.", why: "Multithreading is one implementation of concurrency." },
      { answer: "Concurrency makes programs faster.", why: "Only when there is parallel work to be done or wait to hide." },
    ]);
    expect(q1.probes).toEqual([
      {
        question: "Give a concrete example of concurrency without parallelism.",
        answer: expect.stringMatching(/^A single-core machine running 10 goroutines/),
      },
    ]);
    expect(question(doc, 7).wrongAnswers.map((w) => w.answer)).toEqual([
      "More cores means more speed.",
      "Amdahl says concurrency is useless.",
    ]);
    expect(question(doc, 2).probes[0]?.question).toBe(
      'Why does Rob Pike say "concurrency enables parallelism but is not the same"?',
    );
  });

  it("handles questions without probes or wrong answers", () => {
    const q11 = question(doc, 11);
    expect(q11.probes).toEqual([]);
    expect(q11.wrongAnswers).toEqual([]);
    expect(q11.modelAnswer).toMatch(/^WaitGroup is a counter/);
  });

  it("turns indented numbered lines and bullets into Markdown lists", () => {
    const q14 = question(doc, 14);
    expect(q14.modelAnswer).toMatch(/^A goroutine leaks when it has no exit condition\. Three defences:\n\n1\. Always pass/);
    expect(q14.modelAnswer).toMatch(/\n2\. Bound all blocking operations\./);
    expect(q14.modelAnswer).toMatch(/\n3\. Document ownership\./);
    const q15 = question(doc, 15);
    expect(q15.modelAnswer.match(/^- /gm)).toHaveLength(5);
    expect(q15.modelAnswer).toMatch(/\n\nThe remedy in each case is/);
    expect(question(doc, 25).modelAnswer).toMatch(/\n10\. Tear down old code\./);
  });

  it("every question has a title, prompt and model answer", () => {
    for (const q of doc.questions) {
      expect(q.title.length, `Q${q.number}`).toBeGreaterThan(0);
      expect(q.prompt.startsWith(q.title), `Q${q.number}`).toBe(true);
      expect(q.modelAnswer.length, `Q${q.number}`).toBeGreaterThan(0);
    }
  });
});

describe("well-formed fixtures", () => {
  const markdown = parseDocument(fixture("well-formed.md"));
  const text = parseDocument(fixture("well-formed.txt"));

  it("parse without warnings and match the schema", () => {
    expect(markdown.warnings).toEqual([]);
    expect(text.warnings).toEqual([]);
    expect(parsedDocumentSchema.parse(markdown)).toEqual(markdown);
  });

  it("the Markdown and the rendered-text copy parse to the same bank", () => {
    expect(text.questions).toEqual(markdown.questions);
    expect(text.bank).toEqual(markdown.bank);
  });

  it("auto-detects each form", () => {
    expect(parseDocument(fixture("well-formed.md"), { format: "markdown" })).toEqual(markdown);
    expect(parseDocument(fixture("well-formed.txt"), { format: "text" })).toEqual(text);
  });

  it("reads the bank's structure", () => {
    expect(markdown.bank.name).toBe("Database Indexes — Interview Questions");
    expect(markdown.bank.description).toMatch(/^A small bank on how relational databases use indexes/);
    expect(markdown.bank.notes).toMatch(/^## Closing\n\nIndexes trade write cost/);
    expect(markdown.questions.map((q) => `${q.number}:${q.level}`)).toEqual([
      "1:junior",
      "2:junior",
      "3:middle",
      "4:middle",
      "5:senior",
      "6:staff",
    ]);
  });

  it("reads follow-ups, wrong answers, code and sections", () => {
    const q1 = question(markdown, 1);
    expect(q1.probes.map((p) => p.question)).toEqual([
      "What data structure backs most indexes?",
      "When would a hash index be preferable?",
    ]);
    expect(q1.wrongAnswers[0]).toEqual({
      answer: "An index stores a copy of the whole table.",
      why: "It stores keys and row pointers; only a covering index carries extra columns.",
    });
    expect(question(markdown, 2).prompt).toContain("\n\n```sql\nSELECT id, email\nFROM users\n");
    expect(question(markdown, 3).wrongAnswers[1]).toEqual({ answer: "The planner reorders the columns for you.", why: "" });
    const q4 = question(markdown, 4);
    expect(sectionLabels(q4)).toEqual(["Detection", "Fix"]);
    expect(q4.sections[0]?.body).toMatch(/write:\n\n```sql\nSELECT indexrelname, idx_scan\n/);
    expect(sectionLabels(question(markdown, 5))).toEqual(["Better approach"]);
    expect(question(markdown, 5).modelAnswer).toMatch(/It backfires when:\n\n- the extra columns/);
    expect(question(markdown, 6).modelAnswer).toMatch(/\n4\. Large tables get a size budget/);
  });
});

describe("level names", () => {
  const doc = parseDocument(fixture("beginner-levels.md"));

  it("maps Beginner/Intermediate/Advanced/Expert and files unknown levels under the previous one", () => {
    expect(doc.questions.map((q) => q.level)).toEqual(["junior", "middle", "senior", "staff", "staff"]);
    expect(doc.warnings).toEqual([
      { question: null, section: "wizard", message: expect.stringMatching(/Unknown level heading "Wizard".*staff.*previous level/) },
    ]);
  });

  it("falls back to junior when the unknown level comes first", () => {
    const first = parseDocument("# Bank\n\n## Wizard\n\n### Q1. Spell?\n\n**Model answer.** Yes.\n");
    expect(first.questions[0]?.level).toBe("junior");
    expect(first.warnings[0]?.message).toMatch(/"Wizard".*junior/);
  });

  it("accepts Mid, Mid-level and Principal headings in either form", () => {
    const levels = (doc: ParsedDocument) => doc.questions.map((q) => q.level);
    const md = "# B\n\n## Mid-level\n\n### Q1. A?\n\n**Model answer.** a\n\n## Principal\n\n### Q2. B?\n\n**Model answer.** b\n\n## mid\n\n### Q3. C?\n\n**Model answer.** c\n";
    expect(levels(parseDocument(md))).toEqual(["middle", "staff", "middle"]);
    const txt = "B\n\nMid\n\nQ1. A?\n\nModel answer. a\n\nPRINCIPAL\n\nQ2. B?\n\nModel answer. b\n";
    expect(levels(parseDocument(txt))).toEqual(["middle", "staff"]);
  });
});

describe("malformed documents", () => {
  const doc = parseDocument(fixture("broken.md"));
  const messagesFor = (tag: string | null) =>
    doc.warnings.filter((warning) => warning.question === tag).map((warning) => warning.message);

  it("warns about a label before any question and ignores its text", () => {
    expect(messagesFor(null)).toEqual([expect.stringMatching(/"Model answer" label appears before any question/)]);
    expect(JSON.stringify(doc.questions)).not.toContain("floats after the level heading");
  });

  it("keeps a question without a model answer, with a warning", () => {
    const q1 = question(doc, 1);
    expect(q1.modelAnswer).toBe("");
    expect(q1.prompt).toBe("What is a race condition?\n\nTwo or more threads touch shared state at once.");
    expect(messagesFor("Q1")).toContain("No model answer");
  });

  it("keeps a wrong answer without a reason with an empty why", () => {
    expect(question(doc, 1).wrongAnswers).toEqual([
      { answer: "It only happens on multi-core machines", why: "" },
      { answer: "It is the same as a deadlock.", why: expect.stringMatching(/^A deadlock is threads waiting/) },
    ]);
  });

  it("warns about follow-ups without a dash", () => {
    expect(question(doc, 1).probes).toEqual([
      { question: "Can a race happen with one core?", answer: "Yes, because the scheduler can switch threads between any two steps." },
    ]);
    expect(messagesFor("Q1")).toContainEqual(expect.stringMatching(/Follow-up has no " — "/));
    expect(question(doc, 2).probes).toEqual([
      { question: "Describe what happens when the holder of a mutex crashes", answer: "" },
    ]);
    expect(messagesFor("Q2")).toEqual([expect.stringMatching(/Follow-up has no " — ".*kept it all as the question/)]);
  });

  it("skips an empty question with a warning and keeps the numbering from the document", () => {
    expect(doc.questions.map((q) => q.number)).toEqual([1, 2, 4]);
    expect(messagesFor("Q3")).toEqual([expect.stringMatching(/empty/)]);
    expect(messagesFor("Q4")).toEqual([]);
  });
});

describe("line endings", () => {
  it("CRLF and LF parse identically", () => {
    const crlf = fixture("crlf.txt");
    expect(crlf).toContain("\r\n");
    const doc = parseDocument(crlf);
    expect(doc).toEqual(parseDocument(crlf.replace(/\r\n/g, "\n")));
    expect(JSON.stringify(doc)).not.toContain("\\r");
    expect(doc.questions.map((q) => q.level)).toEqual(["junior", "middle", "senior"]);
    expect(question(doc, 2).prompt).toMatch(/```go\nfunc handler\(w http.ResponseWriter, r \*http.Request\) \{\n/);
    expect(question(doc, 2).sections).toEqual([{ label: "Fix", body: expect.stringMatching(/^send public/) }]);
    expect(question(doc, 3).sections.map((s) => s.label)).toEqual(["Detection"]);
    expect(doc.warnings).toEqual([]);
  });

  it("CRLF Markdown matches its LF original", () => {
    const md = fixture("well-formed.md");
    expect(parseDocument(md.replace(/\n/g, "\r\n"))).toEqual(parseDocument(md));
  });
});

describe("the question id comment", () => {
  const bank = (...questions: string[]) => `# Ids\n\n## Junior\n\n${questions.join("\n\n")}\n`;
  const q = (n: number, after = "") => `### Q${n}. Question ${n}\n${after}\n**Model answer.** Answer ${n}.`;

  it("gives the question the id named right after its heading, and is never part of its text", () => {
    const doc = parseDocument(bank(q(1, "<!-- probe:id=cm5abc_01-x -->\n"), q(2)));
    expect(doc.questions.map((question) => [question.number, question.id])).toEqual([[1, "cm5abc_01-x"], [2, undefined]]);
    expect(JSON.stringify(doc)).not.toContain("probe:id");
    expect(doc.warnings).toEqual([]);
  });

  it("is read anywhere in the question's body, once, and ignored outside questions", () => {
    const doc = parseDocument(`<!-- probe:id=orphan -->\n\n${bank(`${q(1)}\n\n<!-- probe:id=late -->\n\n<!-- probe:id=again -->`)}`);
    expect(doc.questions[0]?.id).toBe("late");
    expect(doc.warnings.map((w) => w.message)).toEqual([
      "An id comment (probe:id=orphan) is not inside any question; it was ignored",
      "A second id comment (probe:id=again) was ignored",
    ]);
  });

  it("is read in a plain-text copy too, and other comments stay ignored", () => {
    const text = "Ids\n\nJunior\n\nQ1. Question one\n\n<!-- probe:id=t1 -->\n\nModel answer. One.\n";
    expect(parseDocument(text, { format: "text" }).questions[0]).toMatchObject({ id: "t1", modelAnswer: "One." });
    expect(parseDocument(bank(q(1, "<!-- probe:id=not valid! -->\n"))).questions[0]?.id).toBeUndefined();
  });

  it("keeps the public JSON shape: documents without ids have no id key at all", () => {
    expect(Object.keys(parseDocument(bank(q(1))).questions[0]!)).not.toContain("id");
  });
});
