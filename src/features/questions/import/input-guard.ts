// What every import entry point checks before the parser sees anything: the CLI (on the file's
// bytes), the wizard in the browser (on the chosen file, before upload) and the import actions
// (on the text again, since the browser's check can be skipped). Pure and isomorphic.
// A refusal names what was found, so the user knows what to do about it.

const MB = 1024 * 1024;
/** Comfortably above a 1,000-question document (about 0.8 MB; `bench/import-timing.ts`). */
export const IMPORT_MAX_BYTES = 5 * MB;
export const IMPORT_LIMIT_LABEL = `${IMPORT_MAX_BYTES / MB} MB`;

/** Above this share of control characters a "text" is really binary data. */
const MAX_CONTROL_SHARE = 0.01;
/** U+FFFD is what a browser's lenient decoding makes of bytes that are not UTF-8. */
const MAX_REPLACEMENT_SHARE = 0.01;

export type ImportRefusal = { reason: "too-large" | "binary" | "empty"; message: string };
export type GuardedText = { ok: true; text: string } | { ok: false; refusal: ImportRefusal };

export const NO_QUESTIONS_MESSAGE =
  "No questions were found in this document. A question starts with a heading like “### Q1. …” (Markdown) or a line like “Q1. …” (text copied from a page).";

const BINARY = "This looks like a binary file (e.g. an image or PDF), not a text document";

/** "7.2 MB", "512 KB". */
export function formatSize(bytes: number): string {
  if (bytes >= MB) return `${(Math.round((bytes / MB) * 10) / 10).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The size check alone: the browser runs it on `File.size` before reading anything. */
export function checkImportSize(bytes: number, what: "file" | "document" = "file"): ImportRefusal | null {
  if (bytes <= IMPORT_MAX_BYTES) return null;
  // Just over the limit is told as 5.1 MB, never as a "5.0 MB" that seems to be within it.
  const size = Math.round((bytes / MB) * 10) / 10 > IMPORT_MAX_BYTES / MB ? formatSize(bytes) : `${(Math.ceil((bytes / MB) * 10) / 10).toFixed(1)} MB`;
  return { reason: "too-large", message: `This ${what} is ${size}; the limit is ${IMPORT_LIMIT_LABEL}.` };
}

/** A file as read from disk or an upload: size, then binary signs, then strict UTF-8, then the text checks. */
export function checkImportBytes(bytes: Uint8Array): GuardedText {
  const tooLarge = checkImportSize(bytes.byteLength);
  if (tooLarge) return refuse(tooLarge);
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return refuse({ reason: "binary", message: "This file is UTF-16 text; save it as UTF-8 and import it again." });
  const nul = bytes.indexOf(0);
  if (nul >= 0) return refuse({ reason: "binary", message: `${BINARY}: it contains NUL bytes (the first at byte ${nul}).` });
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return refuse({ reason: "binary", message: `${BINARY}: it is not valid UTF-8 text.` });
  }
  const refusal = checkImportText(text, "file");
  return refusal ? refuse(refusal) : { ok: true, text };
}

/** Text that was already decoded (pasted, or read by the browser): the same rules, told in characters. */
export function checkImportText(text: string, what: "file" | "document" = "document"): ImportRefusal | null {
  const tooLarge = checkImportSize(utf8Length(text), what);
  if (tooLarge) return tooLarge;
  if (text.includes("\u0000")) return { reason: "binary", message: `${BINARY}: it contains NUL characters.` };
  let control = 0;
  let replacement = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Tab, line feed, form feed and carriage return are ordinary in text documents.
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f) control++;
    else if (code === 0xfffd) replacement++;
  }
  if (control > 0 && control / text.length > MAX_CONTROL_SHARE) {
    return { reason: "binary", message: `${BINARY}: ${percent(control / text.length)} of its characters are control characters.` };
  }
  if (replacement > 0 && replacement / text.length > MAX_REPLACEMENT_SHARE) {
    return { reason: "binary", message: `${BINARY}: ${percent(replacement / text.length)} of it is not valid UTF-8 text.` };
  }
  if (text.trim() === "") return { reason: "empty", message: `This ${what} is empty; there is nothing to import.` };
  return null;
}

function refuse(refusal: ImportRefusal): GuardedText {
  return { ok: false, refusal };
}

const percent = (share: number) => `${Math.max(1, Math.round(share * 100))}%`;

/** UTF-8 byte length without allocating a copy of a multi-megabyte string. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
