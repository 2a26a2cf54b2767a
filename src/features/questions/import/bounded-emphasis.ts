import { attention } from "micromark-core-commonmark";
import type { Processor } from "unified";

// micromark, the Markdown parser under remark, is quadratic in the emphasis markers (`*`, `_`) of
// one paragraph: it splices its event list once per pair it matches, and once per group of
// adjacent plain-text tokens it merges. 200 KB of "*-*-*-…" took over two minutes of CPU
// (issue 14); a question bank's paragraph carries a handful of markers. So each run of inline
// text (a paragraph, a heading, a table cell) may open at most MAX_EMPHASIS_RUNS emphasis runs;
// past that, a run of `*` or `_` is read as the plain characters it is (as if escaped), in a token
// of its own kind, so neither splice happens. Code spans and code blocks are not affected.
export const MAX_EMPHASIS_RUNS = 200;

const LITERAL = "probeLiteralAttention";

type Code = number | null;
type Effects = { enter(type: string): unknown; consume(code: Code): void; exit(type: string): unknown };
type State = (code: Code) => State | undefined;
type TokenizeContext = object;

// micromark gives each run of inline text its own tokenize context.
const runsSeen = new WeakMap<TokenizeContext, number>();

const boundedAttention = {
  ...attention,
  name: "boundedAttention",
  tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const seen = (runsSeen.get(this) ?? 0) + 1;
    runsSeen.set(this, seen);
    if (seen <= MAX_EMPHASIS_RUNS) return (attention.tokenize as unknown as (this: TokenizeContext, e: Effects, ok: State, nok: State) => State).call(this, effects, ok, nok);
    let marker: Code = null;
    const sequence: State = (code) => {
      if (code === marker) {
        effects.consume(code);
        return sequence;
      }
      effects.exit(LITERAL);
      return ok(code);
    };
    return (code) => {
      marker = code;
      effects.enter(LITERAL);
      return sequence(code);
    };
  },
};

type FromMarkdownContext = { config: { enter: Record<string, (this: FromMarkdownContext, token: unknown) => void>; exit: Record<string, (this: FromMarkdownContext, token: unknown) => void> } };

/** A unified plugin: remark-parse reads emphasis with the bound above instead of micromark's own reader. */
export function boundedEmphasis(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push({ disable: { null: ["attention"] }, text: { 42: boundedAttention, 95: boundedAttention } });
  // In the tree the literal markers are text, joined to the text around them like any other.
  (data.fromMarkdownExtensions ??= []).push({
    enter: {
      [LITERAL](this: FromMarkdownContext, token: unknown) {
        this.config.enter.data!.call(this, token);
      },
    },
    exit: {
      [LITERAL](this: FromMarkdownContext, token: unknown) {
        this.config.exit.data!.call(this, token);
      },
    },
  });
}
