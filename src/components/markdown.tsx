import { cn } from "@/lib/cn";

/** Shows HTML produced by renderMarkdown (src/server/markdown.ts), which sanitizes it. */
export function MarkdownHtml({ html, className }: { html: string; className?: string }) {
  return <div className={cn("prose-probe", className)} dangerouslySetInnerHTML={{ __html: html }} />;
}
