import type { Heading, Paragraph, PhrasingContent, RootContent } from "mdast";
import type { DocEvent } from "./events";
import { readIdComment } from "./id-comment";
import { classifyLabel, isKnownLabel, matchQuestionHead, type Label } from "./labels";
import { paragraph, parseMarkdownTree, plainText, sliceText, text, trimPhrasing, trimPhrasingStart } from "./mdast";
import { isPageChrome } from "./plain-text-blocks";

const DEFAULT_QUESTION_DEPTH = 3;

/** Markdown bank → event stream. Structure comes from the mdast, never from matching raw lines. */
export function markdownToEvents(source: string): DocEvent[] {
  const nodes = parseMarkdownTree(source).children;
  const numbered = nodes.some((node) => node.type === "heading" && matchQuestionHead(plainText(node.children)));
  const questionDepth = findQuestionDepth(nodes) ?? DEFAULT_QUESTION_DEPTH;
  const answered = headingsWithAnswers(nodes, questionDepth);
  const titleIndex = findTitleHeading(nodes, questionDepth);
  const events: DocEvent[] = [];
  let titled = false;
  let started = false;

  nodes.forEach((node, index) => {
    if (node.type === "heading") {
      const event =
        index === titleIndex
          ? ({ kind: "title", text: plainText(node.children).trim() } as const)
          : headingEvent(node, { questionDepth, numbered, started, answered: answered.has(index) });
      if (event.kind === "title") titled = true;
      else if (event.kind === "question" || event.kind === "heading") started = true;
      events.push(event);
      return;
    }
    if (node.type === "html") {
      const id = readIdComment(node.value);
      if (id) {
        events.push({ kind: "id", id });
        return;
      }
    }
    if (node.type === "thematicBreak" || (node.type === "html" && /^<!--[\s\S]*-->$/.test(node.value.trim()))) {
      return;
    }
    if (node.type !== "paragraph") {
      events.push({ kind: "block", node });
      return;
    }
    // Markdown saved from a web page can carry the same chrome as a plain-text copy.
    if (isPageChrome(plainText(node.children))) return;
    const event = paragraphEvent(node);
    if (event) {
      if (event.kind === "question") started = true;
      events.push(event);
      return;
    }
    // With no "# Title", the bank is named after the first line of prose, like the plain-text form.
    if (titleIndex < 0 && !titled && !started && events.length === 0) {
      const [first = "", ...others] = plainText(node.children).split("\n");
      events.push({ kind: "title", text: first.trim() });
      if (others.join("").trim()) events.push({ kind: "block", node: paragraph([text(others.join("\n").trim())]) });
      titled = true;
      return;
    }
    events.push({ kind: "block", node });
  });
  return events;
}

type HeadingState = { questionDepth: number; numbered: boolean; started: boolean; answered: boolean };

function headingEvent(node: Heading, state: HeadingState): DocEvent {
  const content = plainText(node.children).trim();
  const question = matchQuestionHead(content);
  if (question) {
    return { kind: "question", ...question, titleNodes: stripPrefix(node.children, question.title) };
  }

  const label = classifyLabel(content);
  const asLabel = label && isKnownLabel(label) && !/[?]$/.test(content);
  if (node.depth > state.questionDepth) {
    return asLabel ? { kind: "label", ...label, rest: [], original: node } : { kind: "block", node };
  }
  if (asLabel && state.started && node.depth === state.questionDepth) return { kind: "label", ...label, rest: [], original: node };
  // Without "Q1." numbering a heading at question depth is a question; in a numbered bank it must
  // also carry an answer label, or "### Closing" after the last question would become one.
  if (node.depth === state.questionDepth && (!state.numbered || state.answered)) {
    const numberedItem = /^(\d{1,6})[.)]\s+(.*)$/.exec(content);
    const title = numberedItem ? (numberedItem[2] ?? "").trim() : content;
    return {
      kind: "question",
      number: numberedItem ? Number.parseInt(numberedItem[1] ?? "", 10) : null,
      title,
      titleNodes: stripPrefix(node.children, title),
    };
  }
  return { kind: "heading", text: content, node };
}

function paragraphEvent(node: Paragraph): DocEvent | null {
  const [first, second, ...others] = node.children;
  if (first?.type !== "strong") {
    // "Q3. Title" written as a plain one-line paragraph still starts a question.
    const line = plainText(node.children);
    const question = !line.includes("\n") ? matchQuestionHead(line) : null;
    return question ? { kind: "question", ...question, titleNodes: [text(question.title)] } : null;
  }
  const strongText = plainText([first]).trim();
  const question = matchQuestionHead(strongText);
  if (question) {
    const titleNodes = trimPhrasing([text(question.title), ...node.children.slice(1)]);
    return { kind: "question", number: question.number, title: plainText(titleNodes).trim(), titleNodes };
  }

  let label: Label | null = null;
  let rest: PhrasingContent[] = [];
  if (/[.:]$/.test(strongText)) {
    label = classifyLabel(strongText);
    rest = node.children.slice(1);
  } else if (second?.type === "text" && /^\s*[.:]/.test(second.value)) {
    // "**Fix**: …" — the punctuation sits outside the bold.
    label = classifyLabel(strongText);
    rest = [sliceText(second, second.value.length - second.value.replace(/^\s*[.:]/, "").length), ...others];
  } else if (node.children.length === 1) {
    const bare = classifyLabel(strongText);
    label = bare && isKnownLabel(bare) ? bare : null;
  }
  if (!label || label.label.split(" ").length > 8 || label.label.includes("\n")) return null;
  return { kind: "label", ...label, rest: trimPhrasingStart(rest), original: node };
}

/** Indexes of headings followed by a model-answer / wrong-answer / follow-up label before the next heading. */
function headingsWithAnswers(nodes: RootContent[], questionDepth: number): Set<number> {
  const result = new Set<number>();
  let answerSeen = false;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i];
    if (node?.type === "heading" && node.depth <= questionDepth) {
      if (answerSeen) result.add(i);
      answerSeen = false;
    } else if (node?.type === "paragraph") {
      const event = paragraphEvent(node);
      if (event?.kind === "label" && event.role !== "section") answerSeen = true;
    }
  }
  return result;
}

/** The "# Title" naming the bank: the first level-1 heading, if it comes before any other heading. */
function findTitleHeading(nodes: RootContent[], questionDepth: number): number {
  const index = nodes.findIndex((node) => node.type === "heading");
  const node = nodes[index];
  if (node?.type !== "heading" || node.depth !== 1 || questionDepth === 1) return -1;
  return matchQuestionHead(plainText(node.children)) ? -1 : index;
}

function findQuestionDepth(nodes: RootContent[]): number | null {
  for (const node of nodes) {
    if (node.type === "heading" && matchQuestionHead(plainText(node.children))) return node.depth;
  }
  return null;
}

/** Removes the "Q7." prefix from heading content while keeping inline markup in the title. */
function stripPrefix(nodes: PhrasingContent[], title: string): PhrasingContent[] {
  const full = plainText(nodes).trimEnd();
  let drop = full.length - title.length;
  if (drop < 0 || !full.endsWith(title)) return [text(title)];
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (drop === 0) {
      out.push(node);
      continue;
    }
    const length = plainText([node]).length;
    if (length <= drop) {
      drop -= length;
      continue;
    }
    if (node.type !== "text") return [text(title)];
    out.push(sliceText(node, drop));
    drop = 0;
  }
  return trimPhrasing(out);
}
