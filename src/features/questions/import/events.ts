import type { Heading, Paragraph, PhrasingContent, RootContent } from "mdast";
import type { LabelRole } from "./labels";

/**
 * Both front ends (Markdown and plain text) reduce a document to this flat stream; one assembler
 * then builds the bank. That is what keeps a Markdown bank and its rendered-page copy equivalent.
 */
export type DocEvent =
  | { kind: "title"; text: string }
  | { kind: "heading"; text: string; node: Heading }
  | { kind: "question"; number: number | null; title: string; titleNodes: PhrasingContent[] }
  | { kind: "label"; label: string; role: LabelRole; rest: PhrasingContent[]; original: Paragraph | Heading }
  | { kind: "block"; node: RootContent }
  /** `<!-- probe:id=… -->`: the stored question this one is (id-comment.ts). */
  | { kind: "id"; id: string };

export type LabelEvent = Extract<DocEvent, { kind: "label" }>;
export type BlockEvent = Extract<DocEvent, { kind: "block" }>;
export type QuestionEvent = Extract<DocEvent, { kind: "question" }>;
