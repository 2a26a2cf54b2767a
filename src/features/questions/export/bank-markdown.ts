// A bank written back as a document in the importer's own format, so importing the export gives
// the same bank: same questions, ids, levels, numbers and texts (export.test.ts proves it). Pure,
// relatively imported: `npm run export` loads it under plain tsx.
import { stringify as toYaml } from "yaml";
import { idComment } from "../import/id-comment";
import { parseDocument } from "../import/parse-document";
import { LEVELS, type Level, type Probe, type QuestionSection, type WrongAnswer } from "../import/schema";

export type ExportQuestion = {
  id: string;
  number: number;
  level: Level;
  title: string;
  prompt: string;
  modelAnswer: string;
  wrongAnswers: WrongAnswer[];
  probes: Probe[];
  sections: QuestionSection[];
};

export type ExportBank = {
  name: string;
  description: string;
  notes: string;
  tags: string[];
  collection: string;
  questions: ExportQuestion[];
};

const LEVEL_HEADINGS: Record<Level, string> = { junior: "Junior", middle: "Middle", senior: "Senior", staff: "Staff" };

export function bankToMarkdown(bank: ExportBank): string {
  const front: Record<string, unknown> = { title: bank.name };
  if (bank.tags.length > 0) front.tags = bank.tags;
  if (bank.collection) front.collection = bank.collection;
  const parts = [`---\n${toYaml(front).trimEnd()}\n---`, `# ${escapeInline(bank.name)}`];
  if (bank.description.trim()) parts.push(bank.description.trim());
  for (const level of LEVELS) {
    const questions = bank.questions.filter((q) => q.level === level).sort((a, b) => a.number - b.number);
    if (questions.length === 0) continue;
    parts.push(`## ${LEVEL_HEADINGS[level]}`);
    for (const question of questions) parts.push(questionMarkdown(question));
  }
  const notes = bank.notes.trim();
  // Notes after a question need a heading of their own, or they would read as the last question's answer.
  if (notes) parts.push(/^#{1,2}\s/.test(notes) ? notes : `## Notes\n\n${notes}`);
  return `${parts.join("\n\n")}\n`;
}

function questionMarkdown(question: ExportQuestion): string {
  const { heading, rest } = headingFor(question);
  const parts = [`### Q${question.number}. ${heading}\n${idComment(question.id)}`];
  if (rest !== null) parts.push(rest);
  else parts.push(`**Prompt.**\n\n${question.prompt.trim()}`);
  if (question.modelAnswer.trim()) parts.push(`**Model answer.**\n\n${question.modelAnswer.trim()}`);
  if (question.wrongAnswers.length > 0) {
    parts.push(`**Common wrong answers.**\n\n${question.wrongAnswers.map(wrongAnswerLine).join("\n")}`);
  }
  for (const probe of question.probes) parts.push(probeMarkdown(probe));
  for (const section of question.sections) parts.push(`**${section.label.trim()}.**\n\n${section.body.trim()}`);
  return parts.filter((part) => part !== "").join("\n\n");
}

/**
 * The heading is the prompt's first paragraph when that reads back as the title (a document's
 * own prompt starts with its heading); otherwise the title, escaped, and the prompt as a labelled part.
 */
function headingFor(question: ExportQuestion): { heading: string; rest: string | null } {
  const prompt = question.prompt.trim();
  const cut = prompt.indexOf("\n\n");
  const first = cut < 0 ? prompt : prompt.slice(0, cut);
  if (first && !first.includes("\n") && readsBack(first, question.title)) {
    return { heading: first, rest: cut < 0 ? "" : prompt.slice(cut + 2).trim() };
  }
  return { heading: escapeInline(question.title), rest: null };
}

function readsBack(heading: string, title: string): boolean {
  const parsed = parseDocument(`## Junior\n\n### Q1. ${heading}\n\n**Model answer.** x\n`, { format: "markdown" }).questions[0];
  return parsed?.title === title && parsed.prompt === heading;
}

function wrongAnswerLine(wrong: WrongAnswer): string {
  const why = wrong.why.trim();
  return `- "${wrong.answer.trim()}"${why ? ` (${why})` : ""}`;
}

function probeMarkdown(probe: Probe): string {
  const question = probe.question.trim();
  const answer = probe.answer.trim();
  // Italics mark where the question ends, unless the question's own Markdown would break them.
  const lead = /[*_]/.test(question) ? question : `*${question}*`;
  if (!answer) return `**Follow-up.** ${lead}`;
  const [first = "", ...more] = answer.split("\n\n");
  // An answer that opens with a block (code, a list) starts on a paragraph of its own.
  if (/^(?:```|~~~|[-*+] |\d+[.)] |>|#|\s{4})/.test(first)) return `**Follow-up.** ${lead} —\n\n${answer}`;
  return `**Follow-up.** ${lead} — ${[first, ...more].join("\n\n")}`;
}

/** Every ASCII punctuation mark escaped: a heading that reads back as exactly this text. */
export function escapeInline(value: string): string {
  return value.replace(/[!-/:-@[-`{-~]/g, "\\$&");
}
