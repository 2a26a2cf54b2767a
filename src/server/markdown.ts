import "server-only";
import rehypeHighlight from "rehype-highlight";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

// Markdown (prompts, answers, notes) becomes sanitized HTML on the server, with code highlighted
// there too: no Markdown or highlighting library ever ships to a browser, and raw HTML in a
// question is dropped by the sanitizer, not trusted.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize)
  .use(rehypeHighlight, { detect: false, ignoreMissing: true })
  .use(rehypeStringify);

const cache = new Map<string, string>();
const CACHE_LIMIT = 2000;

export function renderMarkdown(markdown: string): string {
  const hit = cache.get(markdown);
  if (hit !== undefined) return hit;
  const html = String(processor.processSync(markdown));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(markdown, html);
  return html;
}
