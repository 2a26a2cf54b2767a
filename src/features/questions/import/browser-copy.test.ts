// Each fixture's browser copy: rendered to HTML (remark → rehype), opened in Chromium, and copied
// as select-all-and-copy does (document.body.innerText). Importing that text must give the same
// questions, levels, wrong answers and probes as importing the Markdown.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "../../../../scripts/lib/browser";
import { readFrontMatter } from "./front-matter";
import { parseMarkdownTree, plainText } from "./mdast";
import { parseDocument } from "./parse-document";
import type { ParsedDocument } from "./schema";

const library = path.join(__dirname, "fixtures", "library");
const fixtures = [
  ...readdirSync(library).filter((name) => name.endsWith(".md")).map((name) => path.join(library, name)),
  path.join(__dirname, "fixtures", "well-formed.md"),
];
const renderer = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).freeze();

let browser: Browser;
beforeAll(async () => {
  const found = findChromium();
  if (!found.found) throw new Error(found.message);
  browser = await chromium.launch({ executablePath: found.path });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

async function browserCopy(markdown: string): Promise<string> {
  // A site renders the body; its front matter steers the site and is not shown.
  const html = String(renderer.processSync(readFrontMatter(markdown).body));
  const page = await browser.newPage();
  try {
    await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Questions</title></head><body><main>${html}</main></body></html>`);
    return await page.evaluate(() => document.body.innerText);
  } finally {
    await page.close();
  }
}

// The copy has no Markdown marks: compare what a reader sees.
const seen = (markdown: string) => plainText(parseMarkdownTree(markdown).children).replace(/\s+/g, " ").trim();

function essentials(doc: ParsedDocument) {
  return doc.questions.map((q) => ({
    number: q.number,
    level: q.level,
    title: q.title,
    wrongAnswers: q.wrongAnswers.map((w) => ({ answer: seen(w.answer), why: seen(w.why) })),
    probes: q.probes.map((p) => ({ question: seen(p.question), answer: seen(p.answer) })),
  }));
}

describe("a browser's copy of each fixture", () => {
  it.each(fixtures)("%s imports like its Markdown", async (name) => {
    const markdown = readFileSync(name, "utf8");
    const copy = await browserCopy(markdown);
    const fromCopy = parseDocument(copy, { format: "text" });
    const fromMarkdown = parseDocument(markdown);
    expect(fromCopy.questions.length).toBeGreaterThan(0);
    expect(essentials(fromCopy)).toEqual(essentials(fromMarkdown));
  }, 60_000);
});
