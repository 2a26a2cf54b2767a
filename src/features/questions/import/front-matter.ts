// YAML front matter ("---" / "title: …" / "---" at the very top, the Jekyll / docs-site form):
// read before either parser sees the document, so it never reaches the bank's notes, and a
// Markdown file and a plain-text one carrying it behave alike.
import { parseDocument as parseYaml } from "yaml";
import type { ParseWarning } from "./schema";

export type FrontMatter = {
  /** The document after the front matter (the front matter's lines become blank, so line numbers hold). */
  body: string;
  title?: string;
  tags: string[];
  /** "grand_parent / parent": where the document sits in its site's navigation. */
  collection: string;
  warnings: ParseWarning[];
};

const FENCE = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
// Keys whose values are tags; the navigation keys make the collection; the rest (nav_order, layout…) only steer a site.
const TAG_KEYS = ["tags", "tag", "categories", "category", "keywords"];
const COLLECTION_KEYS = ["grand_parent", "parent"];

export function readFrontMatter(source: string): FrontMatter {
  const match = FENCE.exec(source);
  if (!match) return { body: source, tags: [], collection: "", warnings: [] };
  const block = match[0];
  // Blank lines in place of the front matter: warnings elsewhere keep naming the document's own lines.
  const body = "\n".repeat(block.split("\n").length - 1) + source.slice(block.length);
  const yaml = parseYaml(match[1] ?? "", { uniqueKeys: false, prettyErrors: true });
  if (yaml.errors.length > 0) {
    const error = yaml.errors[0]!;
    // +1: the opening "---" is line 1 of the document.
    const line = (error.linePos?.[0]?.line ?? 0) + 1;
    const reason = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? "invalid YAML";
    return { body, tags: [], collection: "", warnings: [{ question: null, message: `The front matter is not valid YAML (line ${line}: ${reason}); it was ignored` }] };
  }
  const data: unknown = yaml.toJS();
  if (!data || typeof data !== "object" || Array.isArray(data)) return { body, tags: [], collection: "", warnings: [] };
  const record = data as Record<string, unknown>;
  const title = scalar(record.title);
  const tags = [...new Set(TAG_KEYS.flatMap((key) => list(record[key])))];
  // "collection" is what the exporter writes; documents from a docs site say it with parent keys.
  const collection = scalar(record.collection) || COLLECTION_KEYS.map((key) => scalar(record[key])).filter(Boolean).join(" / ");
  return { body, ...(title ? { title } : {}), tags, collection, warnings: [] };
}

function scalar(value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? String(value).trim() : "";
}

function list(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(scalar) : scalar(value).split(",");
  return items.map((item) => item.trim()).filter(Boolean);
}
