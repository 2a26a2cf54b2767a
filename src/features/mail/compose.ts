// A message as Probe queues it: one plain-text body written once, and the HTML part made from it
// (escaped, links made clickable), both ending in the line that says why the recipient gets it.
// Pure, so a test reads exactly what will be sent.

export type MailAttachment = { filename: string; contentType: string; content: string };

export type MailInput = {
  to: string;
  subject: string;
  /** The body as plain text: paragraphs separated by a blank line; URLs become links in the HTML part. */
  body: string;
  /** Completes "You receive this because …", e.g. "you are the candidate of this interview". */
  reason: string;
  attachments?: MailAttachment[];
};

export type ComposedMail = { to: string; subject: string; text: string; html: string; reason: string; attachments: MailAttachment[] };

/** Refused before anything is queued: a message past this is a bug, not mail. */
export const MAX_BODY_CHARS = 50_000;

const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;

function paragraphHtml(paragraph: string): string {
  let html = "";
  let last = 0;
  for (const match of paragraph.matchAll(URL_PATTERN)) {
    const url = match[0];
    html += escapeHtml(paragraph.slice(last, match.index));
    html += `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
    last = (match.index ?? 0) + url.length;
  }
  html += escapeHtml(paragraph.slice(last));
  return `<p>${html.replace(/\n/g, "<br>")}</p>`;
}

export function footerLine(reason: string): string {
  return `You receive this because ${reason}.`;
}

export function composeMail(input: MailInput): ComposedMail {
  if (input.body.length > MAX_BODY_CHARS) throw new Error(`A message body may hold at most ${MAX_BODY_CHARS} characters`);
  const body = input.body.trim();
  const footer = `${footerLine(input.reason)}\n— Probe`;
  const text = `${body}\n\n-- \n${footer}\n`;
  const paragraphs = body.split(/\n{2,}/).map(paragraphHtml).join("\n");
  const html = `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">${paragraphs}\n<hr><p style="color:#666;font-size:12px">${escapeHtml(footerLine(input.reason))}<br>— Probe</p></body></html>`;
  return { to: input.to, subject: input.subject.replace(/[\r\n]+/g, " ").trim(), text, html, reason: input.reason, attachments: input.attachments ?? [] };
}
