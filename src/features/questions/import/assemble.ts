import type { Heading, RootContent } from "mdast";
import type { BlockEvent, DocEvent, LabelEvent, QuestionEvent } from "./events";
import { blocksToMarkdown, plainText } from "./mdast";
import { buildQuestionBody } from "./question-body";
import { levelInHeading, sectionSlug, type Level, type ParsedDocument, type ParsedQuestion, type ParseWarning } from "./schema";

export const UNTITLED_BANK = "Untitled bank";

type Context = "intro" | "level" | "question" | "notes";

type OpenQuestion = {
  head: QuestionEvent;
  number: number;
  level: Level;
  /** Under a question section: its tag, and the level is only inherited (the preview asks). */
  section?: string;
  id?: string;
  items: Array<LabelEvent | BlockEvent>;
};

export type AssembleOptions = {
  bankName?: string;
  /** The document the events' positions point into: parts are sliced from it as written. */
  source?: string;
  /** Names the bank when the document has no title (the file name). */
  fallbackName?: string;
};

export function assemble(events: DocEvent[], opts: AssembleOptions = {}): ParsedDocument {
  const warnings: ParseWarning[] = [];
  const questions: ParsedQuestion[] = [];
  const description: RootContent[] = [];
  const notes: RootContent[] = [];
  const seenNumbers = new Set<number>();
  const questionsFollow = questionsFollowHeadings(events);

  let name = "";
  let context: Context = "intro";
  let level: Level | null = null;
  let levelHeading: Heading | null = null;
  let section: string | null = null;
  let open: OpenQuestion | null = null;
  let lastNumber = 0;

  const close = () => {
    if (open) finishQuestion(open, questions, warnings, seenNumbers, opts.source);
    open = null;
  };

  events.forEach((event, index) => {
    switch (event.kind) {
      case "title":
        if (!name) name = event.text.trim();
        else description.push({ type: "paragraph", children: [{ type: "text", value: event.text }] });
        return;
      case "heading": {
        close();
        const known = levelInHeading(event.text);
        if (known) {
          level = known;
          section = null;
          context = "level";
          levelHeading = event.node;
        } else if (questionsFollow.has(index)) {
          // A question section ("## Behavioural"): its questions keep the level before it, flagged as a guess.
          section = sectionSlug(event.text);
          const guess = level ?? "junior";
          const reason = level ? "the previous level" : "no level came before it";
          warnings.push({
            question: null,
            section,
            message: `Unknown level heading "${event.text}": a question section; its questions were tagged "${section}" and filed under ${guess} (${reason}), a guess to check`,
          });
          context = "level";
          levelHeading = event.node;
        } else {
          context = "notes";
          notes.push(event.node);
        }
        return;
      }
      case "question": {
        close();
        if (!level) {
          warnings.push({
            question: null,
            message: "Questions appear before any level heading; they were filed under junior",
          });
          level = "junior";
        }
        const number = event.number ?? lastNumber + 1;
        lastNumber = number;
        open = { head: event, number, level, ...(section ? { section } : {}), items: [] };
        context = "question";
        return;
      }
      case "label":
        if (open) open.items.push(event);
        else if (context === "level" || (context === "intro" && event.role !== "section")) {
          const where = context === "level" && levelHeading ? ` under "${headingText(levelHeading)}"` : "";
          warnings.push({
            question: null,
            message: `"${event.label}" label appears before any question${where}; its text was ignored`,
          });
        } else (context === "intro" ? description : notes).push(event.original);
        return;
      case "id":
        if (!open) warnings.push({ question: null, message: `An id comment (probe:id=${event.id}) is not inside any question; it was ignored` });
        else if (open.id) warnings.push({ question: `Q${open.number}`, message: `A second id comment (probe:id=${event.id}) was ignored` });
        else open.id = event.id;
        return;
      case "block":
        if (open) open.items.push(event);
        else if (context === "intro") description.push(event.node);
        else if (context === "notes") notes.push(event.node);
        else {
          // Prose between a level heading and its first question is context worth keeping.
          if (levelHeading) notes.push(levelHeading);
          levelHeading = null;
          notes.push(event.node);
        }
        return;
    }
  });
  close();

  if (questions.length === 0) {
    warnings.push({
      question: null,
      message: 'No questions found (expected headings like "### Q1. Title" or lines like "Q1. Title")',
    });
  }
  const override = opts.bankName?.trim();
  if (!override && !name && opts.fallbackName) name = opts.fallbackName;
  else if (!override && !name) {
    warnings.push({ question: null, message: `No bank title found; named it "${UNTITLED_BANK}"` });
  }
  return {
    bank: { name: override || name || UNTITLED_BANK, description: blocksToMarkdown(description, opts.source), notes: blocksToMarkdown(notes, opts.source) },
    questions,
    warnings,
  };
}

// A non-level heading is an (unknown) level only if questions sit under it; otherwise it is notes.
function questionsFollowHeadings(events: DocEvent[]): Set<number> {
  const result = new Set<number>();
  let sawQuestion = false;
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    if (event?.kind === "question") sawQuestion = true;
    else if (event?.kind === "heading") {
      if (sawQuestion) result.add(i);
      sawQuestion = false;
    }
  }
  return result;
}

function headingText(node: Heading): string {
  return plainText(node.children).trim();
}

function finishQuestion(
  open: OpenQuestion,
  questions: ParsedQuestion[],
  warnings: ParseWarning[],
  seenNumbers: Set<number>,
  source: string | undefined,
): void {
  const tag = `Q${open.number}`;
  if (!open.head.title && open.items.length === 0) {
    warnings.push({ question: tag, message: "Question is empty (no title, no body); skipped" });
    return;
  }
  const body = buildQuestionBody(open.head, open.items, source);
  let title = open.head.title;
  if (!title) {
    title = firstLine(body.prompt || body.modelAnswer);
    warnings.push({ question: tag, message: "Question has no title; used the first line of its body" });
  }
  if (seenNumbers.has(open.number)) {
    warnings.push({ question: tag, message: `Question number ${open.number} is used more than once` });
  }
  seenNumbers.add(open.number);
  for (const message of body.problems) warnings.push({ question: tag, message });
  questions.push({
    number: open.number,
    ...(open.id ? { id: open.id } : {}),
    level: open.level,
    title,
    prompt: body.prompt || title,
    modelAnswer: body.modelAnswer,
    wrongAnswers: body.wrongAnswers,
    probes: body.probes,
    sections: body.sections,
    ...(open.section ? { tags: [open.section], levelGuessed: true } : {}),
  });
}

function firstLine(markdown: string): string {
  const line = markdown.split("\n").find((candidate) => candidate.trim() && !candidate.startsWith("```")) ?? "";
  return line.replace(/^[#>\-*\d.)\s]+/, "").trim().slice(0, 200);
}
