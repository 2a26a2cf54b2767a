// A question's key points: the few statements a good answer makes, used by practice feedback to
// say which ones a candidate's answer covered. An author may write them (Question.keyPoints,
// versioned like the rest of the content); otherwise they are derived from the model answer, one
// per list item or sentence. Pure and isomorphic: the editor previews the derived ones as the
// author types, and the server derives them the same way.

export const KEY_POINTS_MAX = 30;
export const KEY_POINT_MAX_CHARS = 500;

/** A sentence shorter than this many words ("No.", "Several measures work together:") is joined to a neighbour. */
const MIN_WORDS = 5;

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = /\b(e\.g|i\.e|etc|vs|cf|approx|incl)\.$/i;

/** Markdown reduced to the words a reader sees: no code blocks, emphasis markers, link targets or heading marks. */
function plainInline(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/`+/g, "")
    .replace(/\*\*|__/g, "")
    .replace(/(^|\s)[*_]|[*_](?=\s|$|[.,;:!?)])/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

type Block = { text: string; item: boolean };

/** Paragraphs and list items, in order; fenced code is left out (it is shown, not said). */
function blocks(markdown: string): Block[] {
  const withoutCode = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "\n");
  const found: Block[] = [];
  let current: string[] = [];
  let item = false;
  const flush = () => {
    if (current.length) found.push({ text: plainInline(current.join(" ")), item });
    current = [];
    item = false;
  };
  for (const raw of withoutCode.split("\n")) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const listItem = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (listItem) {
      flush();
      item = true;
      current.push(listItem[1]!);
    } else {
      current.push(line.replace(/^#{1,6}\s+/, "").replace(/^>\s?/, ""));
    }
  }
  flush();
  return found.filter((block) => block.text);
}

function sentences(paragraph: string): string[] {
  const parts: string[] = [];
  let start = 0;
  const boundary = /[.!?]["')\]]*\s+(?=["'(\[]?[A-Z0-9])/g;
  for (let match = boundary.exec(paragraph); match; match = boundary.exec(paragraph)) {
    const end = match.index + match[0].trimEnd().length;
    if (ABBREVIATIONS.test(paragraph.slice(start, end))) continue;
    parts.push(paragraph.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  parts.push(paragraph.slice(start).trim());
  return parts.filter(Boolean);
}

const wordCount = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/**
 * Short sentences join the next one in their paragraph (or the previous, at its end), and so does
 * a paragraph's closing lead-in to a list ("The options, in order of preference:").
 */
function joinShort(parts: string[]): string[] {
  const joined: string[] = [];
  let pending = "";
  for (const [index, part] of parts.entries()) {
    const text = pending ? `${pending} ${part}` : part;
    const leadIn = index === parts.length - 1 && text.endsWith(":");
    if (wordCount(text) < MIN_WORDS || leadIn) pending = text;
    else {
      joined.push(text);
      pending = "";
    }
  }
  if (pending) {
    if (joined.length) joined[joined.length - 1] = `${joined[joined.length - 1]} ${pending}`;
    else joined.push(pending);
  }
  return joined;
}

/** The model answer's key points: each list item whole, and each sentence of each paragraph. */
export function deriveKeyPoints(modelAnswer: string): string[] {
  return blocks(modelAnswer)
    .flatMap((block) => (block.item ? [block.text] : joinShort(sentences(block.text))))
    .slice(0, KEY_POINTS_MAX);
}

/** The key points practice feedback uses: the author's, when they wrote any, else the derived ones. */
export function keyPointsOf(content: { modelAnswer: string; keyPoints?: readonly string[] }): string[] {
  return content.keyPoints?.length ? [...content.keyPoints] : deriveKeyPoints(content.modelAnswer);
}
