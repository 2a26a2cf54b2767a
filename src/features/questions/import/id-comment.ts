// The explicit identity of a question in a document: an HTML comment on its own line right after
// the question's heading, which every Markdown renderer hides:
//
//   ### Q3. What is a deadlock?
//   <!-- probe:id=cm5x0f2k80001abcd -->
//
// Probe's exporter writes it; the importer matches a question carrying one to the stored question
// with that id before trying its title or prompt (identity.ts). Documents without it still import.
// Pure and relatively imported (the import CLI).

const ID_COMMENT = /^<!--\s*probe:id=([A-Za-z0-9_-]{1,64})\s*-->$/;

/** The id named by a line or HTML node holding only the comment, or null. */
export function readIdComment(text: string): string | null {
  return ID_COMMENT.exec(text.trim())?.[1] ?? null;
}

/** The line the exporter writes after a question's heading. */
export function idComment(id: string): string {
  return `<!-- probe:id=${id} -->`;
}
