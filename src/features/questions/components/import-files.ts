import { checkImportBytes, checkImportSize } from "../import/input-guard";

/** A document for the wizard: a chosen file's text, or what was pasted (`source` is then ""). */
export type ImportDocument = { name: string; text: string; source: string };

/** A chosen file the browser refused to send, and the CLI's words for why. */
export type RefusedFile = { name: string; message: string; tooLarge: boolean };

/**
 * Reads the chosen files with the CLI's checks, before anything is uploaded: the size first
 * (without reading the file), then the bytes. A refused file is named with its reason and does
 * not hold the others back. The server checks every text again.
 */
export async function readImportFiles(files: readonly File[]): Promise<{ documents: ImportDocument[]; refused: RefusedFile[] }> {
  const documents: ImportDocument[] = [];
  const refused: RefusedFile[] = [];
  for (const file of files) {
    const tooLarge = checkImportSize(file.size);
    if (tooLarge) {
      refused.push({ name: file.name, message: tooLarge.message, tooLarge: true });
      continue;
    }
    const guarded = checkImportBytes(new Uint8Array(await file.arrayBuffer()));
    if (guarded.ok) documents.push({ name: file.name, text: guarded.text, source: file.name });
    else refused.push({ name: file.name, message: guarded.refusal.message, tooLarge: guarded.refusal.reason === "too-large" });
  }
  return { documents, refused };
}
