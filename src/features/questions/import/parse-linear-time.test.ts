// Parsing time grows linearly with the document, whatever it holds (issue 14: an 80 KB document
// whose follow-up held a long run of spaces took 22 s, because a regular expression retried the
// run from each of its positions). Time is measured as this process's CPU time, not the clock:
// the machine is shared, and a bound on wall time would measure the neighbours. These are bounds,
// not benchmarks: each is several times what the parse takes here.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_EMPHASIS_RUNS, MAX_RUN_LENGTH } from "./bounded-emphasis";
import { parseDocument } from "./parse-document";

function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const KB = 1024;

// Where a long run can sit in a bank, Markdown and the same as copied plain text. `{}` is the run.
const PLACES = {
  "Markdown follow-up": "# Bank\n\n## Junior\n\n### Q1. Title\n\n**Model answer.** Yes.\n\n**Follow-up.** *Why?* a{} b\n",
  "Markdown follow-up without a dash": "# Bank\n\n## Junior\n\n### Q1. Title\n\n**Model answer.** Yes.\n\n**Follow-up.** Why{}\n",
  "Markdown model answer": "# Bank\n\n## Junior\n\n### Q1. Title\n\n**Model answer.** {}\n",
  "Markdown wrong answers": "# Bank\n\n## Junior\n\n### Q1. Title\n\n**Model answer.** Yes.\n\n**Common wrong answers.**\n\n- \"a{}\" (b{})\n",
  "Markdown heading": "# Bank\n\n## Junior{}\n\n### Q1. Title{}\n\n**Model answer.** Yes.\n",
  "Markdown label": "# Bank\n\n## Junior\n\n### Q1. Title\n\n**Fix{}.** yes\n\n**Model answer.** Yes.\n",
  "plain-text follow-up": "Bank\n\nJunior\n\nQ1. Title\n\nModel answer. Yes.\n\nFollow-up. Why? a{} b\n",
  "plain-text wrong answers": "Bank\n\nJunior\n\nQ1. Title\n\nModel answer. Yes.\n\nCommon wrong answers.\n- \"a{}\" (b) - \"c\" (d{})\n",
  "plain-text code": "Bank\n\nJunior\n\nQ1. Title\n\nfunc f() {\n{}\n}\n\nModel answer. Yes.\n",
} as const;

/** The run pattern repeated until the document is about `size` characters. */
function documentOf(place: keyof typeof PLACES, pattern: string, size: number): string {
  const template = PLACES[place];
  const slots = template.split("{}").length - 1;
  const run = pattern.repeat(Math.max(1, Math.ceil((size - template.length) / slots / pattern.length)));
  return template.split("{}").join(run);
}

const placeArb = fc.constantFrom(...(Object.keys(PLACES) as Array<keyof typeof PLACES>));
// Long runs of spaces, dashes, asterisks and backticks, and mixes of them: short runs side by side
// are the mixes the Markdown parser found hardest (emphasis markers flanked by punctuation).
const runArb = fc.record({ char: fc.constantFrom(" ", "-", "*", "`"), length: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 4, max: 5_000 })) });
const patternArb = fc.array(runArb, { minLength: 1, maxLength: 6 }).map((runs) => runs.map((r) => r.char.repeat(r.length)).join(""));

// Found by this property after the merge of issue 14: dashes, spaces, a long backtick run and a very
// long asterisk run took about 1 s per KB while the parts were written back out as Markdown
// (mdast-util-to-markdown's phrasing serializer). Parts are now sliced from the source instead.
const SERIALIZER_WORST = `${"-".repeat(12)}   ${"`".repeat(59)}${"*".repeat(1093)}`;
// Found by this property later: runs of thousands of asterisks between code spans. Few runs, but
// micromark matched them a pair of markers at a time (50 KB 15 ms, 200 KB 2.5 s). Runs longer than
// MAX_RUN_LENGTH are now plain text.
const LONG_RUNS_WORST = `*${"`".repeat(2752)}${" ".repeat(1857)}\`${"*".repeat(4969)}`;
// The mixes that were quadratic before, so every run of the suite checks them, not only when drawn.
const KNOWN_WORST = [" ", "*-", "*`", " -*`", "-*`", "***---", "**``", "* ", "`x", "- ", "--", "-- ", SERIALIZER_WORST, LONG_RUNS_WORST];

describe("parse time grows linearly with the document", () => {
  it("answers the outside test's 80 KB document (a follow-up holding a run of spaces) in well under a second", () => {
    for (const place of ["Markdown follow-up", "plain-text follow-up"] as const) {
      const document = documentOf(place, " ", 81 * KB);
      expect(document.length).toBeGreaterThan(80 * KB);
      let parsed: ReturnType<typeof parseDocument> | undefined;
      const took = cpuMs(() => (parsed = parseDocument(document)));
      expect(parsed!.questions).toHaveLength(1);
      expect(took, `${place}: ${took} ms`).toBeLessThan(1_000);
    }
  });

  it("parses 200 KB of long runs of spaces, dashes, asterisks and backticks in bounded time, growing linearly", () => {
    const check = (place: keyof typeof PLACES, pattern: string) => {
      const small = cpuMs(() => parseDocument(documentOf(place, pattern, 50 * KB)));
      const large = cpuMs(() => parseDocument(documentOf(place, pattern, 200 * KB)));
      const where = `${place}, ${JSON.stringify(pattern.slice(0, 40))}: 50 KB ${Math.round(small)} ms, 200 KB ${Math.round(large)} ms`;
      expect(large, where).toBeLessThan(5_000);
      // Four times the text: about four times the time for a linear parse, sixteen for a quadratic one.
      expect(large, where).toBeLessThan(7 * small + 300);
    };
    for (const pattern of KNOWN_WORST) check("Markdown follow-up", pattern);
    fc.assert(fc.property(placeArb, patternArb, (place, pattern) => check(place, pattern)), { numRuns: 12, endOnFailure: true });
  }, 300_000);

  it("keeps emphasis as long as a paragraph has a sane number of markers, and reads the rest as plain text", () => {
    const emphasised = parseDocument("# Bank\n\n## Junior\n\n### Q1. Title\n\n**Model answer.** Use *one* lock and **never** two.\n");
    expect(emphasised.questions[0]!.modelAnswer).toBe("Use *one* lock and **never** two.");
    const crowded = `${"*a* ".repeat(MAX_EMPHASIS_RUNS)}*b* end`;
    const parsed = parseDocument(`# Bank\n\n## Junior\n\n### Q1. Title\n\n**Model answer.** ${crowded}\n`);
    // Every character is still there; past the bound the markers are text (escaped when written back).
    expect(parsed.questions[0]!.modelAnswer.replaceAll("\\", "")).toBe(crowded);
  });

  it("reads a run of more than MAX_RUN_LENGTH markers as text, and the emphasis around it still counts", () => {
    const divider = "*".repeat(MAX_RUN_LENGTH + 1);
    const parsed = parseDocument(`# Bank\n\n## Junior\n\n### Q1. Title\n\n**Model answer.** Use ${divider} as a divider and **mean** it.\n\n**Follow-up.** *Why ${divider}?* — Because.\n`);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.questions[0]).toMatchObject({
      modelAnswer: `Use ${divider} as a divider and **mean** it.`,
      probes: [{ question: `Why ${divider}?`, answer: "Because." }],
    });
  });
});
