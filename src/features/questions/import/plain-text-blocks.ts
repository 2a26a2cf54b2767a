import { matchPlainLabel, matchQuestionHead, isKnownLabel } from "./labels";
import { BULLET_ITEM, ORDERED_ITEM, codeSuffixes, dedent, isListLine } from "./plain-text-code";

export type TextBlock =
  | { type: "question"; number: number; title: string }
  | { type: "paragraph"; lines: string[]; standalone: boolean }
  | { type: "list"; ordered: boolean; start: number; items: string[] }
  | { type: "code"; lines: string[] };

// Chrome that "select all, copy" picks up from documentation sites. Whole lines only.
const NOISE_LINES = new Set([
  "skip to content", "skip to main content", "skip to navigation", "table of contents", "on this page",
  "edit this page", "edit on github", "back to top", "copy", "copy code", "copied!", "copied", "menu",
  "toggle menu", "toggle navigation", "search", "search…", "search...", "previous page", "next page",
  "was this page helpful?", "print this page", "share this page",
]);

export function isPageChrome(line: string): boolean {
  return NOISE_LINES.has(line.trim().toLowerCase());
}

// A lead-in sentence or two ("What's wrong here?") may sit directly above code with no blank line.
const MAX_LEAD_IN_LINES = 3;

type Chunk = { lines: string[]; blanksBefore: number };

/** Plain text → blocks: paragraphs, lists, unfenced code, question lines. Labels are left to the caller. */
export function textToBlocks(source: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let previousWasCode = false;
  for (const chunk of toChunks(source)) {
    const chunkBlocks = chunkToBlocks(chunk.lines);
    const head = chunkBlocks[0];
    const last = blocks[blocks.length - 1];
    // Blank lines inside a code sample split it into chunks; stitch them back together.
    if (previousWasCode && head?.type === "code" && last?.type === "code") {
      last.lines.push(...Array<string>(chunk.blanksBefore).fill(""), ...head.lines);
      chunkBlocks.shift();
    } else if (head?.type === "list" && last?.type === "list" && continuesList(last, head)) {
      // Loose lists (blank line between items) arrive as one chunk per item.
      last.items.push(...head.items);
      chunkBlocks.shift();
    }
    blocks.push(...chunkBlocks);
    previousWasCode = chunkBlocks.length > 0 ? chunkBlocks[chunkBlocks.length - 1]?.type === "code" : previousWasCode;
  }
  return blocks.map((block) => (block.type === "code" ? { ...block, lines: dedent(block.lines) } : block));
}

function toChunks(source: string): Chunk[] {
  const chunks: Chunk[] = [];
  let current: string[] = [];
  let blanks = 0;
  for (const raw of source.split("\n")) {
    // trimEnd, not `/\s+$/`, which is quadratic in a long run of spaces inside the line.
    const line = raw.trimEnd();
    if (line.trim().length === 0 || isPageChrome(line)) {
      if (current.length > 0) {
        chunks.push({ lines: current, blanksBefore: blanks });
        current = [];
        blanks = 0;
      }
      blanks++;
      continue;
    }
    current.push(line);
  }
  if (current.length > 0) chunks.push({ lines: current, blanksBefore: blanks });
  return chunks;
}

function chunkToBlocks(lines: string[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  const isCodeFrom = codeSuffixes(lines);
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    const question = matchQuestionHead(line);
    if (question) {
      blocks.push({ type: "question", ...question });
      i++;
      continue;
    }
    if (isCodeFrom(i)) {
      blocks.push({ type: "code", lines: lines.slice(i) });
      break;
    }
    if (isListLine(line)) {
      i = readList(lines, i, blocks);
      continue;
    }
    i = readParagraph(lines, i, blocks, isCodeFrom);
  }
  const only = blocks[0];
  if (blocks.length === 1 && only?.type === "paragraph" && only.lines.length === 1) only.standalone = true;
  return blocks;
}

function readList(lines: string[], from: number, blocks: TextBlock[]): number {
  const first = lines[from] ?? "";
  const ordered = ORDERED_ITEM.test(first);
  const start = ordered ? Number.parseInt(ORDERED_ITEM.exec(first)?.[2] ?? "1", 10) : 1;
  const list: TextBlock & { type: "list" } = { type: "list", ordered, start, items: [] };
  let itemIndent = -1;
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const match = ordered ? ORDERED_ITEM.exec(line) : BULLET_ITEM.exec(line);
    if (match) {
      itemIndent = match[1]?.length ?? 0;
      list.items.push((match[ordered ? 3 : 2] ?? "").trim());
      continue;
    }
    const indent = line.length - line.trimStart().length;
    // A wrapped item continues on a deeper-indented line; anything else ends the list.
    if (indent > itemIndent && list.items.length > 0 && !isListLine(line)) {
      list.items[list.items.length - 1] += `\n${line.trim()}`;
      continue;
    }
    break;
  }
  blocks.push(list);
  return i;
}

function readParagraph(lines: string[], from: number, blocks: TextBlock[], isCodeFrom: (i: number) => boolean): number {
  const collected: string[] = [];
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (i > from) {
      if (matchQuestionHead(line) || isListLine(line)) break;
      const label = matchPlainLabel(line);
      if (label && isKnownLabel(label)) break;
      if (collected.length <= MAX_LEAD_IN_LINES && isCodeFrom(i)) break;
    }
    collected.push(line.trim());
  }
  blocks.push({ type: "paragraph", lines: collected, standalone: false });
  return i;
}

function continuesList(previous: { ordered: boolean; start: number; items: string[] }, next: { ordered: boolean; start: number }): boolean {
  if (previous.ordered !== next.ordered) return false;
  return !next.ordered || next.start === previous.start + previous.items.length;
}
