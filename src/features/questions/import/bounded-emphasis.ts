import { attention } from "micromark-core-commonmark";
import type { Processor } from "unified";

// micromark, the Markdown parser under remark, is quadratic in the emphasis markers (`*`, `_`) of
// one paragraph: it splices its event list once per pair it matches, and once per group of
// adjacent plain-text tokens it merges. 200 KB of "*-*-*-…" took over two minutes of CPU
// (issue 14); a question bank's paragraph carries a handful of markers. So each run of inline
// text (a paragraph, a heading, a table cell) may open at most MAX_EMPHASIS_RUNS emphasis runs,
// each at most MAX_RUN_LENGTH markers long (a run of thousands is matched a pair at a time: a few
// such runs cost as much as thousands of short ones); past either bound a run of `*` or `_` is read
// as the plain characters it is (as if escaped), in a token of its own kind, so neither splice
// happens. Code spans and code blocks are not affected.
export const MAX_EMPHASIS_RUNS = 200;
export const MAX_RUN_LENGTH = 16;

const LITERAL = "probeLiteralAttention";

type Code = number | null;
type State = (code: Code) => State | undefined;
type Construct = { tokenize(this: unknown, effects: Effects, ok: State, nok: State): State; partial?: boolean };
type Effects = { enter(type: string): unknown; consume(code: Code): void; exit(type: string): unknown; check(construct: Construct, ok: State, nok: State): State };
type TokenizeContext = object;

// micromark gives each run of inline text its own tokenize context.
const runsSeen = new WeakMap<TokenizeContext, number>();

// Looks ahead without consuming: succeeds when the run of markers here is at most MAX_RUN_LENGTH long.
const shortRun: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    let marker: Code = null;
    let length = 0;
    const sequence: State = (code) => {
      if (code !== marker) {
        effects.exit("probeRunLength");
        return ok(code);
      }
      if (++length > MAX_RUN_LENGTH) return nok(code);
      effects.consume(code);
      return sequence;
    };
    return (code) => {
      marker = code;
      effects.enter("probeRunLength");
      return sequence(code);
    };
  },
};

const boundedAttention = {
  ...attention,
  name: "boundedAttention",
  tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const seen = (runsSeen.get(this) ?? 0) + 1;
    runsSeen.set(this, seen);
    const literal = literalRun(effects, ok);
    if (seen > MAX_EMPHASIS_RUNS) return literal;
    // micromark's reader notes the character before the run when it is created, so create it here.
    const emphasis = (attention.tokenize as unknown as (this: TokenizeContext, e: Effects, ok: State, nok: State) => State).call(this, effects, ok, nok);
    return effects.check(shortRun, emphasis, literal);
  },
};

/** A run of `*` or `_` read as plain characters, in a token the text merger leaves alone. */
function literalRun(effects: Effects, ok: State): State {
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
}

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
