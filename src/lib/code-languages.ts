// The languages a code pad highlights (the live session's shared pad, the practice pad), and how
// a Markdown fence's info string ("```golang", "```ts") names one. Isomorphic and tiny: the
// editors load a language's grammar on demand (src/components/code-editor/languages.ts).
export const CODE_LANGUAGES = ["plaintext", "go", "typescript", "javascript", "python", "java", "sql"] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

export const CODE_LANGUAGE_LABELS: Record<CodeLanguage, string> = {
  plaintext: "Plain text",
  go: "Go",
  typescript: "TypeScript",
  javascript: "JavaScript",
  python: "Python",
  java: "Java",
  sql: "SQL",
};

const ALIASES: Record<string, CodeLanguage> = {
  go: "go",
  golang: "go",
  ts: "typescript",
  tsx: "typescript",
  typescript: "typescript",
  js: "javascript",
  jsx: "javascript",
  mjs: "javascript",
  cjs: "javascript",
  javascript: "javascript",
  node: "javascript",
  py: "python",
  python: "python",
  python3: "python",
  java: "java",
  sql: "sql",
  postgres: "sql",
  postgresql: "sql",
  psql: "sql",
  mysql: "sql",
  sqlite: "sql",
  plsql: "sql",
};

export function isCodeLanguage(value: unknown): value is CodeLanguage {
  return typeof value === "string" && (CODE_LANGUAGES as readonly string[]).includes(value);
}

/** The language a fence's info string names ("go", "golang {linenos}"), plain text when none or unknown. */
export function languageFromFence(info: string | null | undefined): CodeLanguage {
  const word = (info ?? "").trim().split(/[\s{,]/)[0]?.toLowerCase() ?? "";
  return ALIASES[word] ?? "plaintext";
}
