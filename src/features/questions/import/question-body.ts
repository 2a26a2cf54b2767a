import type { List, PhrasingContent, RootContent } from "mdast";
import type { BlockEvent, LabelEvent, QuestionEvent } from "./events";
import { findProbeSeparator, parseWrongAnswer, splitWrongAnswerRun } from "./labels";
import {
  blocksToMarkdown,
  isBlankPhrasing,
  paragraph,
  phrasingMarkdown,
  plainText,
  sourceOf,
  splitPhrasingAt,
  trimPhrasing,
  trimPhrasingStart,
} from "./mdast";
import type { Probe, QuestionSection, WrongAnswer } from "./schema";

export type QuestionBody = {
  prompt: string;
  modelAnswer: string;
  wrongAnswers: WrongAnswer[];
  probes: Probe[];
  sections: QuestionSection[];
  problems: string[];
};

type Segment = { label: LabelEvent; blocks: RootContent[] };

/** `source`: the Markdown document the events point into; each part is then its own text as written. */
export function buildQuestionBody(head: QuestionEvent, items: Array<LabelEvent | BlockEvent>, source?: string): QuestionBody {
  const promptBlocks: RootContent[] = [];
  const segments: Segment[] = [];
  for (const item of items) {
    const current = segments[segments.length - 1];
    if (item.kind === "label") segments.push({ label: item, blocks: [] });
    else (current ? current.blocks : promptBlocks).push(item.node);
  }

  const body: QuestionBody = {
    prompt: buildPrompt(head, promptBlocks, source),
    modelAnswer: "",
    wrongAnswers: [],
    probes: [],
    sections: [],
    problems: [],
  };

  for (const { label, blocks } of segments) {
    const content = withRest(label.rest, blocks);
    switch (label.role) {
      case "prompt":
        // The whole prompt, title or not: what the exporter writes when the prompt is not the title.
        body.prompt = blocksToMarkdown(content, source);
        break;
      case "model": {
        const markdown = blocksToMarkdown(content, source);
        if (body.modelAnswer && markdown) {
          body.problems.push(`More than one "${label.label}" label; the answers were joined`);
          body.modelAnswer = `${body.modelAnswer}\n\n${markdown}`;
        } else body.modelAnswer ||= markdown;
        break;
      }
      case "wrong": {
        const found = wrongAnswersFrom(label.rest, blocks, source);
        if (found.length === 0) body.problems.push(`"${label.label}" has no answers under it`);
        body.wrongAnswers.push(...found);
        break;
      }
      case "followup":
        body.probes.push(...probesFrom(label, blocks, body.problems, source));
        break;
      case "section":
        body.sections.push({ label: label.label, body: blocksToMarkdown(content, source) });
        break;
    }
  }
  if (!body.modelAnswer) body.problems.push("No model answer");
  return body;
}

// The title is usually the whole question; when a body follows (code, context) it is shown after it.
function buildPrompt(head: QuestionEvent, blocks: RootContent[], source: string | undefined): string {
  const titleNodes = trimPhrasing(head.titleNodes);
  if (blocks.length === 0) return sourceOf(titleNodes, source) ?? head.title;
  const lead = titleNodes.length > 0 ? [paragraph(titleNodes)] : [];
  return blocksToMarkdown([...lead, ...blocks], source);
}

function withRest(rest: PhrasingContent[], blocks: RootContent[]): RootContent[] {
  const trimmed = trimPhrasing(rest);
  return trimmed.length > 0 ? [paragraph(trimmed), ...blocks] : blocks;
}

function wrongAnswersFrom(rest: PhrasingContent[], blocks: RootContent[], source: string | undefined): WrongAnswer[] {
  const answers: WrongAnswer[] = [];
  const fromLine = (line: string) => {
    for (const item of splitWrongAnswerRun(line)) answers.push(parseWrongAnswer(item));
  };
  if (!isBlankPhrasing(rest)) fromLine(phrasingMarkdown(trimPhrasing(rest), source));
  for (const block of blocks) {
    if (block.type === "list") {
      for (const item of block.children) fromLine(joinLines(sourceOf(item.children, source) ?? plainText(item.children)));
    } else if (block.type === "paragraph") {
      const value = phrasingMarkdown(block.children, source);
      const lines = value.split("\n");
      // A browser copy sets a list one item per line with no marker: each quoted line is an answer.
      if (lines.length > 1 && lines.every((line) => /^\s*(?:[-–—•*+]\s+)?["“„«'‘]/.test(line))) lines.forEach(fromLine);
      else fromLine(value);
    }
  }
  return answers.filter((answer) => answer.answer.length > 0 || answer.why.length > 0);
}

// A list item wrapped over lines, on one line: white space holding a line break becomes one space.
// Each run of white space is found once; the former `\s*\n\s*` retried a long run without a line
// break from every position in it (quadratic).
function joinLines(value: string): string {
  return value.replace(/\s+/g, (run) => (run.includes("\n") ? " " : run));
}

function probesFrom(label: LabelEvent, blocks: RootContent[], problems: string[], source: string | undefined): Probe[] {
  const rest = trimPhrasing(label.rest);
  const first = blocks[0];
  // "**Follow-ups.**" followed by a list: one probe per item.
  if (rest.length === 0 && first?.type === "list") {
    const probes = listProbes(first, problems, source);
    const trailing = blocksToMarkdown(blocks.slice(1), source);
    const last = probes[probes.length - 1];
    // Prose after the list most likely continues the last answer; dropping it would lose content.
    if (last && trailing) last.answer = [last.answer, trailing].filter(Boolean).join("\n\n");
    return probes;
  }
  if (rest.length === 0 && blocks.length === 0) {
    problems.push(`"${label.label}" is empty`);
    return [];
  }
  if (rest.length === 0) {
    const [lead, ...others] = blocks;
    if (lead?.type === "paragraph") return [probeFrom(lead.children, others, problems, source)];
    problems.push(`"${label.label}" has no question text`);
    return [{ question: "", answer: blocksToMarkdown(blocks, source) }];
  }
  return [probeFrom(rest, blocks, problems, source)];
}

function listProbes(list: List, problems: string[], source: string | undefined): Probe[] {
  return list.children.flatMap((item) => {
    const [lead, ...others] = item.children;
    if (lead?.type !== "paragraph") return [];
    return [probeFrom(lead.children, others, problems, source)];
  });
}

function probeFrom(phrasing: PhrasingContent[], blocks: RootContent[], problems: string[], source: string | undefined): Probe {
  const markdown = (nodes: PhrasingContent[]) => phrasingMarkdown(trimPhrasing(nodes), source);
  const answerOf = (nodes: PhrasingContent[], after: RootContent[]) => answerMarkdown(nodes, after, source);
  const nodes = trimPhrasing(phrasing);
  const first = nodes[0];
  // Markdown banks set the question in italics, so the italics end where the question ends —
  // unless they only stress a word ("*Why* does …"), which the text right after them gives away.
  if (first && (first.type === "emphasis" || first.type === "strong")) {
    const question = markdown(first.children);
    const following = plainText(nodes.slice(1)).trimStart();
    if (following === "" || /^[—–:-]/.test(following) || /[?.!:]$/.test(question)) {
      const after = trimPhrasingStart(nodes.slice(1), "—–:-");
      return { question, answer: answerOf(after, blocks) };
    }
  }

  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node?.type !== "text") continue;
    const separator = findProbeSeparator(node.value);
    if (!separator) continue;
    const [question, answer] = splitPhrasingAt(nodes, i, separator.index, separator.index + separator.length);
    return { question: markdown(question), answer: answerOf(answer, blocks) };
  }

  // No dash: a following paragraph is an unambiguous answer; otherwise guess at the first "?".
  if (blocks.length > 0) return { question: markdown(nodes), answer: blocksToMarkdown(blocks, source) };
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const mark = node?.type === "text" ? node.value.indexOf("? ") : -1;
    if (mark < 0) continue;
    problems.push(`Follow-up has no " — " between question and answer; split after the first "?"`);
    const [question, answer] = splitPhrasingAt(nodes, i, mark + 1, mark + 2);
    return { question: markdown(question), answer: answerOf(answer, []) };
  }
  problems.push(`Follow-up has no " — " between question and answer; kept it all as the question`);
  return { question: markdown(nodes), answer: "" };
}

function answerMarkdown(phrasing: PhrasingContent[], blocks: RootContent[], source: string | undefined): string {
  const trimmed = trimPhrasing(phrasing);
  return blocksToMarkdown(trimmed.length > 0 ? [paragraph(trimmed), ...blocks] : blocks, source);
}
