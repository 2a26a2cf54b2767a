import type { Nodes, Paragraph, PhrasingContent, Root, RootContent, Text } from "mdast";
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
  let base = 0;
  for (const piece of groupChunks(splitAtTopLevelHeadings(source))) {
    const parser = GFM_TRIGGER.test(piece) ? processor : commonmarkParser;
    const tree = parser.parse(piece);
    for (const node of tree.children) anchor(node, base, source);
    children.push(...tree.children);
    base += piece.length + 1;
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

// Kept beside the tree, not in it: the tree stays the same as a whole-document parse gives.
const rawText = new WeakMap<Text, string>();

/**
 * Makes a piece's positions offsets into the whole document, and keeps the source of each text
 * node whose value differs from it (escapes, entities, indentation), so a text node cut in two
 * still knows where each half sits in the source.
 */
function anchor(node: Nodes, base: number, source: string): void {
  const position = node.position;
  if (position && position.start.offset !== undefined && position.end.offset !== undefined) {
    position.start.offset += base;
    position.end.offset += base;
    if (node.type === "text" && position.end.offset - position.start.offset !== node.value.length) {
      rawText.set(node, source.slice(position.start.offset, position.end.offset));
    }
  }
  if ("children" in node) for (const child of node.children) anchor(child, base, source);
}

type Positioned = { position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] };

function startOf(node: Positioned | undefined): number | undefined {
  if (!node) return undefined;
  return node.position?.start.offset ?? startOf(node.children?.[0] as Positioned | undefined);
}

function endOf(node: Positioned | undefined): number | undefined {
  if (!node) return undefined;
  return node.position?.end.offset ?? endOf(node.children?.[node.children.length - 1] as Positioned | undefined);
}

/**
 * The document's own Markdown for a run of nodes: sliced from the source by the parser's positions,
 * so nothing is escaped or re-marked on the way. Null when a node has no position (the plain-text
 * parser builds its nodes itself) or no source was given.
 */
export function sourceOf(nodes: Array<RootContent | PhrasingContent>, source: string | undefined): string | null {
  if (source === undefined || nodes.length === 0) return null;
  const parts: string[] = [];
  let previousEnd: number | null = null;
  for (const node of nodes) {
    const start = startOf(node);
    const end = endOf(node);
    if (start === undefined || end === undefined || end < start) return null;
    if (previousEnd !== null) {
      // What lies between two kept blocks is kept when it is only white space; a skipped comment or rule is not.
      const gap = previousEnd <= start ? source.slice(previousEnd, start) : "";
      parts.push(gap.trim() === "" ? gap : "\n\n");
    }
    parts.push(source.slice(start, end));
    previousEnd = end;
  }
  return dedent(parts.join("")).trim();
}

// A part inside a list item carries the item's indentation on its later lines: it goes.
function dedent(markdown: string): string {
  const [first = "", ...rest] = markdown.split("\n");
  const indents = rest.filter((line) => line.trim() !== "").map((line) => /^ */.exec(line)![0].length);
  const cut = indents.length > 0 ? Math.min(...indents) : 0;
  if (cut === 0) return markdown;
  return [first, ...rest.map((line) => line.slice(Math.min(cut, /^ */.exec(line)![0].length)))].join("\n");
}

/** A phrasing run as the document wrote it, else as plain text (the plain-text form). */
export function phrasingMarkdown(nodes: PhrasingContent[], source: string | undefined): string {
  return (sourceOf(nodes, source) ?? plainText(nodes)).trim();
}

// Both parsers funnel every body through here. From a Markdown document (a source and positions)
// each part is the document's own text; the plain-text form builds its nodes, which are written
// out in one style (same escaping, same list markers).
export function blocksToMarkdown(nodes: RootContent[], source?: string): string {
  if (nodes.length === 0) return "";
  return sourceOf(nodes, source) ?? processor.stringify({ type: "root", children: nodes }).trim();
}

/** Part of a text node, keeping where that part sits in the source (see anchor). */
export function sliceText(node: Text, from: number, to = node.value.length): Text {
  const out = text(node.value.slice(from, to));
  const start = node.position?.start.offset;
  if (start === undefined || node.position?.end.offset === undefined) return out;
  const raw = rawText.get(node);
  const rawFrom = rawIndex(node.value, raw, from);
  const rawTo = rawIndex(node.value, raw, to);
  out.position = {
    start: { ...node.position.start, offset: start + rawFrom },
    end: { ...node.position.end, offset: start + rawTo },
  };
  if (raw !== undefined) rawText.set(out, raw.slice(rawFrom, rawTo));
  return out;
}

const ENTITY = /^&(?:#\d{1,7}|#x[\da-f]{1,6}|\w{1,32});/i;

/** Where the value's index-th character sits in the text node's source. */
function rawIndex(value: string, raw: string | undefined, index: number): number {
  if (raw === undefined) return index;
  if (index >= value.length) return raw.length;
  let i = 0;
  let j = 0;
  while (j < index && i < raw.length) {
    if (raw[i] === value[j]) {
      i++;
      j++;
    } else if (raw[i] === "\\" && raw[i + 1] === value[j]) {
      i += 2;
      j++;
    } else if (raw[i] === "&" && ENTITY.test(raw.slice(i, i + 40))) {
      i += ENTITY.exec(raw.slice(i, i + 40))![0].length;
      j++;
    } else if (/\s/.test(raw[i] ?? "")) i++;
    else j++;
  }
  return i;
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
      out[0] = sliceText(first, first.value.length - value.length);
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
      out[out.length - 1] = sliceText(last, 0, value.length);
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
  const before = [...nodes.slice(0, nodeIndex), sliceText(target, 0, start)];
  const after = [sliceText(target, end), ...nodes.slice(nodeIndex + 1)];
  return [trimPhrasing(before), trimPhrasing(after)];
}

function escapeForClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, "\\$&");
}
