import { assemble, UNTITLED_BANK } from "./assemble";
import { readFrontMatter } from "./front-matter";
import { markdownToEvents } from "./parse-markdown";
import { plainTextToEvents } from "./parse-plain-text";
import type { DocumentFormat, ParsedDocument } from "./schema";

export { parsedDocumentSchema, levelFromName } from "./schema";
export type { DocumentFormat, Level, ParsedDocument, ParsedQuestion, ParseWarning } from "./schema";

export type ParseOptions = {
  format?: DocumentFormat | "auto";
  /** Overrides the bank name found in the document. */
  bankName?: string;
  /** The file the document came from: names the bank when neither front matter nor a "# Title" does. */
  fileName?: string;
};

/**
 * Turns one question-bank document into a structured bank. Never throws: anything that does not
 * fit becomes a warning, because the input is whatever a user pasted or uploaded.
 */
export function parseDocument(input: string, opts: ParseOptions = {}): ParsedDocument {
  try {
    const front = readFrontMatter(normalize(input));
    const source = front.body;
    const format = opts.format === "markdown" || opts.format === "text" ? opts.format : detectFormat(source);
    const events = format === "markdown" ? markdownToEvents(source) : plainTextToEvents(source);
    const fromFile = opts.fileName ? (opts.fileName.split(/[\\/]/).pop() ?? "").replace(/\.[^.]+$/, "").trim() : "";
    const parsed = assemble(events, { bankName: opts.bankName?.trim() || front.title || undefined, source, fallbackName: fromFile || undefined });
    const bank = {
      ...parsed.bank,
      ...(front.tags.length > 0 ? { tags: front.tags } : {}),
      ...(front.collection ? { collection: front.collection } : {}),
    };
    return { ...parsed, bank, warnings: [...front.warnings, ...parsed.warnings] };
  } catch (error) {
    // Defence in depth: a parser bug must surface as a warning, not take down an upload or the CLI.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      bank: { name: opts.bankName?.trim() || UNTITLED_BANK, description: "", notes: "" },
      questions: [],
      warnings: [{ question: null, message: `The document could not be parsed: ${reason}` }],
    };
  }
}

const MARKDOWN_QUESTION_HEADING = /^#{1,6}[ \t]+(?:\*\*)?Q(?:uestion)?\s*\d+/im;
const MARKDOWN_BOLD_LABEL = /(?:\*\*|__)[^*_\n]{1,60}?[.:](?:\*\*|__)|(?:\*\*|__)[^*_\n]{1,60}?(?:\*\*|__)[.:]/;
const MARKDOWN_HEADING = /^#{1,6}[ \t]+\S/m;
const MARKDOWN_SUBHEADING = /^#{2,6}[ \t]+\S/m;
const MARKDOWN_FENCE = /^ {0,3}(?:```|~~~)/m;

/** Markdown if it carries Markdown structure; a rendered page's copy has none of these marks. */
export function detectFormat(source: string): DocumentFormat {
  if (MARKDOWN_QUESTION_HEADING.test(source) || MARKDOWN_BOLD_LABEL.test(source)) return "markdown";
  // "# …" alone could be a comment in unfenced code; "## …" or a heading plus a fence could not.
  if (MARKDOWN_SUBHEADING.test(source) || (MARKDOWN_HEADING.test(source) && MARKDOWN_FENCE.test(source))) {
    return "markdown";
  }
  return "text";
}

function normalize(input: unknown): string {
  const value = typeof input === "string" ? input : String(input ?? "");
  return (
    value
      .replace(/^\uFEFF/, "")
      .replace(/\r\n?/g, "\n")
      // Stray control bytes (binary uploads, terminal copies) only confuse line handling.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
  );
}
