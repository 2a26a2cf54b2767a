import type { Code, Heading, List } from "mdast";
import type { DocEvent } from "./events";
import { readIdComment } from "./id-comment";
import { matchPlainLabel } from "./labels";
import { paragraph, text } from "./mdast";
import { textToBlocks, type TextBlock } from "./plain-text-blocks";
import { guessLanguage } from "./plain-text-code";
import { levelFromName } from "./schema";

/**
 * Text copied from a rendered page → the same event stream the Markdown parser emits, built from
 * the same mdast node shapes so both forms of one bank stringify identically.
 */
export function plainTextToEvents(source: string): DocEvent[] {
  const blocks = textToBlocks(separateHeadings(source));
  const lastQuestion = findLastIndex(blocks, (block) => block.type === "question");
  const events: DocEvent[] = [];

  blocks.forEach((block, index) => {
    switch (block.type) {
      case "question":
        events.push({ kind: "question", number: block.number, title: block.title, titleNodes: [text(block.title)] });
        return;
      case "code": {
        // A Markdown id comment in a plain-text copy looks like code to the block finder.
        const id = block.lines.length === 1 ? readIdComment(block.lines[0] ?? "") : null;
        events.push(id ? { kind: "id", id } : { kind: "block", node: codeNode(block.lines) });
        return;
      }
      case "list":
        events.push({ kind: "block", node: listNode(block) });
        return;
      case "paragraph":
        events.push(...paragraphEvents(block, index, { blocks, lastQuestion, isFirst: events.length === 0 }));
        return;
    }
  });
  return events;
}

type Context = { blocks: TextBlock[]; lastQuestion: number; isFirst: boolean };

function paragraphEvents(block: TextBlock & { type: "paragraph" }, index: number, ctx: Context): DocEvent[] {
  const [first = "", ...others] = block.lines;
  // A Markdown id comment that reached a plain-text document is an id, not prose.
  const id = others.length === 0 ? readIdComment(first) : null;
  if (id) return [{ kind: "id", id }];
  const whole = paragraph([text(block.lines.join("\n"))]);
  const label = matchPlainLabel(first);
  if (label) {
    const rest = [label.rest, ...others].filter((part) => part.length > 0).join("\n");
    return [{ kind: "label", label: label.label, role: label.role, rest: rest ? [text(rest)] : [], original: whole }];
  }
  // No "# Title" in plain text: the first meaningful line names the bank, unless it is a level.
  if (ctx.isFirst && !levelFromName(first)) {
    const events: DocEvent[] = [{ kind: "title", text: first }];
    if (others.length > 0) events.push({ kind: "block", node: paragraph([text(others.join("\n"))]) });
    return events;
  }
  if (block.standalone && isHeadingLine(first)) {
    const heading: Heading = { type: "heading", depth: 2, children: [text(first)] };
    // A stray short line is a heading only if it can be one: a level, the start of trailing notes,
    // or a section that questions follow directly. Anything else stays prose.
    if (levelFromName(first) || index > ctx.lastQuestion || ctx.blocks[index + 1]?.type === "question") {
      return [{ kind: "heading", text: first, node: heading }];
    }
  }
  return [{ kind: "block", node: whole }];
}

const QUESTION_LINE = /^Q(?:uestion)?\s*\d{1,6}[.):]\s/;

/**
 * A browser's copy of a rendered page puts a heading straight above the next line ("Junior" then
 * "Q1. …" with no blank line between): a short heading-like line right above a question line
 * gets the blank line the seed's shape has, so both shapes read alike.
 */
function separateHeadings(source: string): string {
  const lines = source.split("\n");
  const out: string[] = [];
  lines.forEach((line, index) => {
    const next = lines[index + 1] ?? "";
    const heading = line.trim() !== "" && QUESTION_LINE.test(next) && isHeadingLine(line.trim()) && !QUESTION_LINE.test(line);
    // The list or paragraph above it ran straight into it too.
    if (heading && (lines[index - 1] ?? "").trim() !== "") out.push("");
    out.push(line);
    if (heading) out.push("");
  });
  return out.join("\n");
}

function isHeadingLine(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return line.length <= 80 && words.length <= 8 && /^[\p{Lu}\p{N}]/u.test(line) && !/[.,;:!?]$/.test(line);
}

function codeNode(lines: string[]): Code {
  const value = withoutTrailingNewlines(lines.join("\n"));
  return { type: "code", lang: guessLanguage(value), meta: null, value };
}

// A loop, not `/\n+$/`: that pattern rescans a long run of blank lines inside the code from each line.
function withoutTrailingNewlines(value: string): string {
  let end = value.length;
  while (end > 0 && value[end - 1] === "\n") end--;
  return value.slice(0, end);
}

function listNode(block: TextBlock & { type: "list" }): List {
  return {
    type: "list",
    ordered: block.ordered,
    start: block.ordered ? block.start : null,
    spread: false,
    children: block.items.map((item) => ({
      type: "listItem",
      spread: false,
      checked: null,
      children: [paragraph([text(item)])],
    })),
  };
}

function findLastIndex<T>(items: T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) {
    if (predicate(items[i] as T)) return i;
  }
  return -1;
}
