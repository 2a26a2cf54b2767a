import "server-only";
import type { Code, Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { languageFromFence, type CodeLanguage } from "@/lib/code-languages";

// The code a question's prompt shows, read from its Markdown: fenced (and indented) code blocks,
// in order. Used for the code pad's default language and its "load the question's code" button.
// It is given the prompt text only; callers must never hand it an answer or a section.

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

export type PromptCode = { language: CodeLanguage; code: string };

function codeNodes(tree: Root): Code[] {
  const found: Code[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === "code") found.push(node as Code);
    for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
  };
  walk(tree);
  return found;
}

/** The prompt's code blocks joined by a blank line, with the first block's language; null when it has none. */
export function promptCode(prompt: string): PromptCode | null {
  const blocks = codeNodes(parser.parse(prompt)).filter((node) => node.value.trim() !== "");
  if (!blocks.length) return null;
  return { language: languageFromFence(blocks[0]!.lang), code: `${blocks.map((node) => node.value).join("\n\n")}\n` };
}

/** The language a prompt's first code block names; plain text when it has none. */
export function promptLanguage(prompt: string): CodeLanguage {
  const first = codeNodes(parser.parse(prompt)).find((node) => node.value.trim() !== "");
  return first ? languageFromFence(first.lang) : "plaintext";
}
