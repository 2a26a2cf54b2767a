// Round trip: importing an export gives back the same bank. Over generated banks (Markdown
// specials, code blocks, unicode) and over every document of the fixture library.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../import/parse-document";
import type { ParsedDocument } from "../import/schema";
import { bankToMarkdown, type ExportBank } from "./bank-markdown";

const word = fc.constantFrom(
  "index", "cache", "~2 ms", "LOCK*", "_x_", "`SELECT 1`", "**bold**", "a_b_c", "50%", "x < y", "[link](https://e.io)",
  "naïve", "日本語", "émoji 🚀", "#tag", "back\\slash", "&amp;", "(aside)", "Q2.", "-", "1.", "|pipe|", "<b>", "k8s",
);
// A line opening with "Q2." or "- " is a question or a list in any document: sentences open with a word.
const sentence = fc
  .tuple(fc.constantFrom("Index", "cache", "naïve", "Why", "日本語"), fc.array(word, { maxLength: 8 }))
  .map(([first, words]) => [first, ...words].join(" "));
const code = fc.constantFrom("```sql\nSELECT *\nFROM t\nWHERE a ~ '_x_';\n```", "```\nlet s = `a*b`;\n```", "```go\nfor i := range xs {\n\t_ = i\n}\n```");
const markdown = fc.array(fc.oneof(sentence, code), { minLength: 1, maxLength: 3 }).map((blocks) => blocks.join("\n\n"));
// Wrong answers and probe questions sit in one line of a list or a label, so their alphabet is narrower.
const plainish = fc.array(fc.constantFrom("lock", "~2 ms", "`ack`", "naïve", "日本語", "50%", "rows", "k8s", "3.5"), { minLength: 1, maxLength: 6 }).map((w) => w.join(" "));
const title = sentence.filter((t) => t.trim() === t && t.length > 0);

const question = fc.record({
  id: fc.stringMatching(/^[a-z0-9]{8,25}$/),
  level: fc.constantFrom("junior", "middle", "senior", "staff" as const),
  title,
  promptKind: fc.constantFrom("title", "title+body", "other"),
  body: markdown,
  modelAnswer: fc.option(markdown, { nil: "" }),
  wrongAnswers: fc.array(fc.record({ answer: plainish, why: fc.option(plainish, { nil: "" }) }), { maxLength: 3 }),
  probes: fc.array(fc.record({ question: plainish.map((q) => `${q}?`), answer: fc.option(markdown, { nil: "" }) }), { maxLength: 3 }),
  sections: fc.array(fc.record({ label: fc.constantFrom("Fix", "Hint", "Better approach", "Red flags"), body: markdown }), { maxLength: 2 }),
});

const bank = fc
  .record({
    name: title,
    description: fc.option(sentence, { nil: "" }),
    notes: fc.option(sentence.map((s) => `## Closing\n\n${s}`), { nil: "" }),
    tags: fc.array(fc.constantFrom("go", "sql", "queues", "c++"), { maxLength: 3 }).map((t) => [...new Set(t)]),
    collection: fc.constantFrom("", "Roadmaps / Back end"),
    questions: fc.uniqueArray(question, { minLength: 1, maxLength: 6, selector: (q) => q.id }),
  })
  .map(({ questions, ...rest }): ExportBank => ({
    ...rest,
    questions: questions.map(({ promptKind, body, ...q }, index) => ({
      ...q,
      number: index + 1,
      prompt: promptKind === "title" ? q.title : promptKind === "title+body" ? `${q.title}\n\n${body}` : body,
    })),
  }));

function asBank(doc: ParsedDocument) {
  return {
    name: doc.bank.name,
    description: doc.bank.description,
    notes: doc.bank.notes,
    tags: doc.bank.tags ?? [],
    collection: doc.bank.collection ?? "",
    questions: [...doc.questions]
      .sort((a, b) => a.number - b.number)
      .map(({ id, number, level, title, prompt, modelAnswer, wrongAnswers, probes, sections }) => ({ id, number, level, title, prompt, modelAnswer, wrongAnswers, probes, sections })),
  };
}

describe("export → import", () => {
  it("gives back the same bank for generated banks", () => {
    fc.assert(
      fc.property(bank, (original) => {
        const back = asBank(parseDocument(bankToMarkdown(original)));
        const expected = { ...original, questions: [...original.questions].sort((a, b) => a.number - b.number) };
        // A prompt that is only escaped punctuation away from its title still reads back as written.
        expect(back).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  const library = path.join(__dirname, "..", "import", "fixtures", "library");
  const fixtures = [
    ...readdirSync(library).map((name) => path.join(library, name)),
    path.join(__dirname, "..", "import", "fixtures", "well-formed.md"),
    path.join(__dirname, "..", "import", "fixtures", "well-formed.txt"),
  ];

  it.each(fixtures)("gives back the same bank for %s (import → export → import)", (file) => {
    const first = parseDocument(readFileSync(file, "utf8"), { fileName: file });
    const withIds: ExportBank = {
      ...asBank(first),
      questions: first.questions.map((q, index) => ({ ...q, id: q.id ?? `q${index + 1}` })),
    };
    const again = parseDocument(bankToMarkdown(withIds));
    expect(asBank(again)).toEqual({ ...asBank(first), questions: asBank(first).questions.map((q, index) => ({ ...q, id: q.id ?? `q${index + 1}` })) });
    expect(again.warnings.filter((w) => !/Unknown level heading/.test(w.message))).toEqual([]);
  });
});
