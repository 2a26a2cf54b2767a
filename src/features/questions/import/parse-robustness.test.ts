import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { parseMarkdownTree } from "./mdast";
import { parseDocument } from "./parse-document";
import { parsedDocumentSchema } from "./schema";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");

// Generous: these do real work, and CI machines are shared. Speed is reported, never asserted.
const SLOW = 180_000;

function expectValid(input: string, format?: "markdown" | "text" | "auto") {
  const doc = parseDocument(input, { format });
  const result = parsedDocumentSchema.safeParse(doc);
  if (!result.success) throw new Error(`schema violation for ${JSON.stringify(input)}: ${result.error.message}`);
  // "Could not be parsed" is the last-resort catch; reaching it means a parser bug, not bad input.
  expect(doc.warnings.map((w) => w.message).join("\n")).not.toContain("could not be parsed");
}

// Fragments of real syntax, so the fuzzer reaches deep parser states instead of bouncing off.
const fragment = fc.constantFrom(
  "# Bank\n", "## Junior\n", "## Wizard\n", "### Q1. Title\n", "### Q\n", "Q2. ", "Q3.\n", "**Model answer.** ",
  "**Fix:**", "**", "Model answer. ", "Common wrong answers. ", '- "a" (b) ', '"unterminated ', "(((", ")) ",
  "Follow-up. ", "*why?* — ", " — ", " - ", "```go\n", "```\n", "    indented()\n", "  1. item\n", "  • bullet\n",
  "func f() {\n", "}\n", "\n", "\n\n", "\r\n", "\r", "Closing\n", "Senior\n", "Skip to content\n", "> quote\n",
  "| a | b |\n|---|---|\n", "<!-- c -->\n", "\u0000", "\uFEFF", "😀", "Detection: x\n",
);

describe("never throws, always returns a valid document", () => {
  it("handles empty and whitespace input", () => {
    for (const input of ["", " ", "\n\n", "\r\n", "\t", "#", "###", "**", "Q1.", "```"]) {
      expectValid(input);
      expect(parseDocument(input).warnings.length).toBeGreaterThan(0);
    }
  });

  it("arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), (input) => expectValid(input)), {
      numRuns: 300,
    });
  }, SLOW);

  it("arbitrary bytes decoded as latin1", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => expectValid(Buffer.from(bytes).toString("latin1"))),
      { numRuns: 300 },
    );
  }, SLOW);

  it("random arrangements of bank syntax, in every format", () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 60 }), fc.constantFrom("auto", "markdown", "text" as const), (parts, format) =>
        expectValid(parts.join(""), format),
      ),
      { numRuns: 400 },
    );
  }, SLOW);

  it("mutated fixtures", () => {
    const sources = [fixture("well-formed.md"), fixture("well-formed.txt"), fixture("broken.md")];
    fc.assert(
      fc.property(fc.constantFrom(...sources), fc.nat(), fc.nat(), fc.string({ maxLength: 20 }), (source, a, b, junk) => {
        const start = a % source.length;
        const end = Math.min(source.length, start + (b % 200));
        expectValid(source.slice(0, start) + junk + source.slice(end));
      }),
      { numRuns: 120 },
    );
  }, SLOW);
});

describe("section-by-section Markdown parsing", () => {
  const whole = unified().use(remarkParse).use(remarkGfm);
  const withoutPositions = (value: unknown) => JSON.stringify(value, (key, v: unknown) => (key === "position" ? undefined : v));
  const blockFragment = fc.constantFrom(
    "# H\n", "## H\n", "### Q1. T\n", "#\n", "\n", "\n\n", "text\n", "- item\n", "  - nested\n", "1. one\n", "> quote\n",
    "```\n", "````\n", "~~~\n", "```js\n", "    code\n", "<pre>\n", "</pre>\n", "<!--\n", "-->\n", "<div>\n", "</div>\n",
    "[ref]: https://example.com\n", "[ref]\n", "| a |\n|---|\n", "Setext\n===\n", "---\n", "*emph\n", "**strong**\n",
    "~~gone~~ ", "www.example.com ", "a@b.co ", "see https://x.io ", "[^1]\n", "[^1]: note\n", "- [ ] task\n", "- [x] done\n",
    "a | b\n", "-|-\n", "plain words ", "  ```\n", "   # h\n", "\t# h\n", "> # q\n", "- # li\n", "``` `x`\n", "\\# esc\n",
    // One-line comments (the question id comment) do not stop the splitting: they must not change the tree.
    "<!-- probe:id=q1 -->\n", "<!-- a --> <div>\n", "   <!-- b --> tail\n", "<!-- c --> <!--\n", "- <!-- d -->\n",
  );

  it("gives the same tree as parsing the whole document at once", () => {
    fc.assert(
      fc.property(fc.array(blockFragment, { maxLength: 40 }), (parts) => {
        const source = parts.join("");
        expect(withoutPositions(parseMarkdownTree(source).children)).toBe(withoutPositions(whole.parse(source).children));
      }),
      { numRuns: 500 },
    );
  }, SLOW);
});

describe("large banks", () => {
  // Repeats the fixture's questions under each level, renumbered, to 1,000 questions.
  function bigMarkdownBank(total: number): string {
    const source = fixture("well-formed.md");
    const questions = source
      .split(/^(?=### Q\d+\.)/m)
      .slice(1)
      .map((chunk) => chunk.split(/^## /m)[0] ?? "");
    const levels = ["Junior", "Middle", "Senior", "Staff"];
    const perLevel = Math.ceil(total / levels.length);
    const out = ["# Big bank\n\nGenerated.\n"];
    let n = 0;
    for (const level of levels) {
      out.push(`## ${level}\n`);
      for (let i = 0; i < perLevel && n < total; i++, n++) {
        out.push((questions[n % questions.length] ?? "").replace(/^### Q\d+\./, `### Q${n + 1}.`));
      }
    }
    return out.join("\n");
  }

  it("parses 1,000 questions from Markdown and from plain text", () => {
    const markdown = bigMarkdownBank(1000);
    let started = performance.now();
    const doc = parseDocument(markdown);
    const markdownMs = performance.now() - started;
    expect(doc.questions).toHaveLength(1000);
    expect(doc.questions.map((q) => q.number)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(doc.questions[999]?.level).toBe("staff");
    expect(doc.warnings).toEqual([]);

    // The same bank as a rendered page would show it: the text fixture's questions, renumbered.
    const text = fixture("well-formed.txt");
    const textQuestions = text.split(/^(?=Q\d+\.)/m).slice(1).map((chunk) => chunk.split(/^(?:Junior|Middle|Senior|Staff|Closing)$/m)[0] ?? "");
    const body = Array.from({ length: 1000 }, (_, i) =>
      (textQuestions[i % textQuestions.length] ?? "").replace(/^Q\d+\./, `Q${i + 1}.`),
    );
    const plain = ["Big bank", "", "Junior", "", ...body.slice(0, 250), "Middle", "", ...body.slice(250, 500), "Senior", "", ...body.slice(500, 750), "Staff", "", ...body.slice(750)].join("\n");
    started = performance.now();
    const textDoc = parseDocument(plain);
    const textMs = performance.now() - started;
    expect(textDoc.questions).toHaveLength(1000);
    expect(textDoc.warnings).toEqual([]);
    expect(textDoc.questions.map((q) => q.level)).toEqual(doc.questions.map((q) => q.level));

    console.info(`1,000 questions: markdown ${markdownMs.toFixed(0)} ms (${markdown.length} chars), text ${textMs.toFixed(0)} ms (${plain.length} chars)`);
  }, SLOW);
});
