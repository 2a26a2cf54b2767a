import type { Paragraph, PhrasingContent, Root, RootContent, Text } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified, type Processor } from "unified";
import { boundedEmphasis } from "./bounded-emphasis";

// Frozen once: building a unified pipeline per call dominates the cost on large banks.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(boundedEmphasis)
  .use(remarkStringify, { bullet: "-", fences: true, emphasis: "*", strong: "*", rule: "-", listItemIndent: "one" })
  .use(flattenToMarkdownExtensions)
  .freeze();
const commonmarkParser = unified().use(remarkParse).use(boundedEmphasis).freeze();

// Every GFM construct (tables, strikethrough, task lists, footnotes, autolink literals) needs one
// of these; without them GFM parses exactly like CommonMark, which costs about half as much.
const GFM_TRIGGER = /[|~@[]|www\.|https?:|mailto:|xmpp:/i;

/**
 * micromark rewrites its whole event list each time a list or quote closes, so one big document
 * costs quadratic time in its number of lists. Parsing section by section keeps it linear; the
 * cut points are chosen so the result is the same tree as parsing the whole text with GFM.
 */
export function parseMarkdownTree(source: string): Root {
  const children: RootContent[] = [];
  for (const piece of groupChunks(splitAtTopLevelHeadings(source))) {
    const parser = GFM_TRIGGER.test(piece) ? processor : commonmarkParser;
    children.push(...parser.parse(piece).children);
  }
  return { type: "root", children };
}

// Each parse call has a fixed cost (micromark combines its syntax extensions and mdast its
// handlers per call), which a bank of a thousand one-question chunks paid a thousand times.
// Neighbouring chunks are parsed together up to this size (a few questions): the same tree,
// since a run of chunks splits at the same cut points, and still far too small for the list
// rewrite's quadratic cost to show. Measured on the 1,000-question benchmark document: a cold
// parse took ~25% less CPU at 2,000-8,000 characters than chunk by chunk, and 16,000 was worse.
const PIECE_CHARS = 3_000;

function groupChunks(chunks: string[]): string[] {
  const pieces: string[] = [];
  let run: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    if (run.length > 0 && size + chunk.length > PIECE_CHARS) {
      pieces.push(run.join("\n"));
      run = [];
      size = 0;
    }
    run.push(chunk);
    size += chunk.length + 1;
  }
  if (run.length > 0) pieces.push(run.join("\n"));
  return pieces;
}

const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})\s*$/;
// Reference and footnote definitions resolve across the whole document, so a bank with any is
// parsed in one piece.
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:/m;
// Raw HTML blocks and indented fences (maybe inside a list item) end in ways that need a full
// parser to see, so nothing after the first of them is split. A comment that closes on its own
// line (the question id comment after every heading of an exported bank) ends there: it is safe.
const UNTRACKABLE = /^ {0,3}</;
const ONE_LINE_COMMENT = /^ {0,3}<!--.*-->/;

/**
 * Cuts before "# …" lines that follow a blank line outside fenced code: there, a new top-level
 * heading starts whatever came before.
 */
export function splitAtTopLevelHeadings(source: string): string[] {
  if (DEFINITION.test(source)) return [source];
  const lines = source.split("\n");
  const chunks: string[] = [];
  let fence: { char: string; length: number } | null = null;
  let start = 0;
  let previousBlank = true;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (fence) {
      const close = FENCE_CLOSE.exec(line)?.[1];
      if (close && close[0] === fence.char && close.length >= fence.length) fence = null;
    } else {
      const open = FENCE_OPEN.exec(line);
      const marker = open?.[2] ?? "";
      if (open && !(marker[0] === "`" && (open[3] ?? "").includes("`"))) {
        if ((open[1] ?? "").length > 0) break;
        fence = { char: marker[0] ?? "`", length: marker.length };
      } else if (UNTRACKABLE.test(line) && !ONE_LINE_COMMENT.test(line)) {
        break;
      } else if (previousBlank && index > start && /^#{1,6}(?:[ \t]|$)/.test(line)) {
        chunks.push(lines.slice(start, index).join("\n"));
        start = index;
      }
    }
    previousBlank = line.trim().length === 0;
  }
  chunks.push(lines.slice(start).join("\n"));
  return chunks;
}

type ToMarkdownExtension = { extensions?: ToMarkdownExtension[]; handlers?: object; join?: unknown[]; unsafe?: unknown[] } & Record<string, unknown>;

/**
 * A unified plugin that merges GFM's nested to-markdown extensions into one, in the order
 * mdast-util-to-markdown would apply them (sub-extensions first; handlers assigned, join and
 * unsafe appended, other keys overwritten), so the same output costs one merge per body, not one
 * per extension: blocksToMarkdown runs for every prompt, answer and probe of a bank.
 */
function flattenToMarkdownExtensions(this: Processor) {
  const data = this.data() as unknown as Record<string, unknown>;
  const flat: ToMarkdownExtension = { handlers: {}, join: [], unsafe: [] };
  const apply = (extension: ToMarkdownExtension) => {
    for (const inner of extension.extensions ?? []) apply(inner);
    for (const [key, value] of Object.entries(extension)) {
      if (key === "extensions" || value === undefined) continue;
      if (key === "handlers") Object.assign(flat.handlers!, value);
      else if (key === "join" || key === "unsafe") (flat[key] as unknown[]).push(...(value as unknown[]));
      else flat[key] = value;
    }
  };
  for (const extension of (data.toMarkdownExtensions as ToMarkdownExtension[] | undefined) ?? []) apply(extension);
  data.toMarkdownExtensions = [flat];
}

// Both parsers funnel every body through here, so Markdown and plain-text sources of the same
// bank produce byte-identical strings (same escaping, same list markers).
export function blocksToMarkdown(nodes: RootContent[]): string {
  if (nodes.length === 0) return "";
  return processor.stringify({ type: "root", children: nodes }).trim();
}

export function plainText(nodes: PhrasingContent[] | RootContent[]): string {
  return nodes.map((node) => toString(node)).join("");
}

export function text(value: string): Text {
  return { type: "text", value };
}

export function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: "paragraph", children };
}

/** Drops leading whitespace (and the given characters) from the first text nodes of a phrasing run. */
export function trimPhrasingStart(nodes: PhrasingContent[], extra = ""): PhrasingContent[] {
  const pattern = new RegExp(`^[\\s${escapeForClass(extra)}]+`);
  const out = [...nodes];
  while (out.length > 0) {
    const first = out[0];
    if (first?.type !== "text") break;
    const value = first.value.replace(pattern, "");
    if (value.length > 0) {
      out[0] = text(value);
      break;
    }
    out.shift();
  }
  return out;
}

export function trimPhrasingEnd(nodes: PhrasingContent[]): PhrasingContent[] {
  const out = [...nodes];
  while (out.length > 0) {
    const last = out[out.length - 1];
    if (last?.type !== "text") break;
    // trimEnd, not `/\s+$/`: that pattern retries a run of spaces inside the text from each of its positions.
    const value = last.value.trimEnd();
    if (value.length > 0) {
      out[out.length - 1] = text(value);
      break;
    }
    out.pop();
  }
  return out;
}

export function trimPhrasing(nodes: PhrasingContent[]): PhrasingContent[] {
  return trimPhrasingEnd(trimPhrasingStart(nodes));
}

export function isBlankPhrasing(nodes: PhrasingContent[]): boolean {
  return nodes.every((node) => node.type === "text" && node.value.trim() === "");
}

/**
 * Splits a phrasing run at a position inside one of its top-level text nodes, so inline markup on
 * either side (code spans, links) survives the split.
 */
export function splitPhrasingAt(
  nodes: PhrasingContent[],
  nodeIndex: number,
  start: number,
  end: number,
): [PhrasingContent[], PhrasingContent[]] {
  const target = nodes[nodeIndex];
  if (target?.type !== "text") return [nodes, []];
  const before = [...nodes.slice(0, nodeIndex), text(target.value.slice(0, start))];
  const after = [text(target.value.slice(end)), ...nodes.slice(nodeIndex + 1)];
  return [trimPhrasing(before), trimPhrasing(after)];
}

function escapeForClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, "\\$&");
}
