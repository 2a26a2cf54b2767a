import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders lists and highlights fenced code by language", () => {
    const html = renderMarkdown("1. one\n2. two\n\n```go\nfunc main() {}\n```");
    expect(html).toContain("<ol>");
    expect(html).toMatch(/<code class="hljs language-go">/);
    expect(html).toContain('<span class="hljs-keyword">func</span>');
  });

  it("drops raw HTML and script URLs instead of trusting them", () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror="alert(1)">');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain("onerror");
  });
});
