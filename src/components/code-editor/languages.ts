// Each language's grammar is its own chunk, fetched when a pad first shows that language: a Go
// question never downloads the SQL parser. Domain-free: the pads of both features use it.
import type { Extension } from "@codemirror/state";
import type { CodeLanguage } from "@/lib/code-languages";

const loaders: Record<CodeLanguage, () => Promise<Extension>> = {
  plaintext: async () => [],
  go: async () => (await import("@codemirror/lang-go")).go(),
  typescript: async () => (await import("@codemirror/lang-javascript")).javascript({ typescript: true }),
  javascript: async () => (await import("@codemirror/lang-javascript")).javascript(),
  python: async () => (await import("@codemirror/lang-python")).python(),
  java: async () => (await import("@codemirror/lang-java")).java(),
  sql: async () => (await import("@codemirror/lang-sql")).sql(),
};

export function loadLanguage(language: CodeLanguage): Promise<Extension> {
  return loaders[language]();
}
