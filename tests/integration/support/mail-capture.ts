// Readers for scheduling mail that arrived (tests/setup/mail-inbox.ts receives it): the .ics parsed
// back with ical.js, the join token, and every interviewer-only string a candidate's message must not hold.
import ICAL from "ical.js";
import { expect } from "vitest";
import type { ReceivedMail } from "@/features/mail/receiver";
import { db } from "@/server/db";

export function calendar(mail: ReceivedMail) {
  const attachment = mail.parsed.attachments.find((a) => a.filename?.endsWith(".ics"));
  expect(attachment, "an .ics attachment").toBeDefined();
  const text = attachment!.content.toString("utf8");
  const component = new ICAL.Component(ICAL.parse(text));
  const event = component.getFirstSubcomponent("vevent")!;
  return {
    text,
    method: component.getFirstPropertyValue("method"),
    uid: event.getFirstPropertyValue("uid"),
    sequence: Number(event.getFirstPropertyValue("sequence")),
    start: (event.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate(),
    end: (event.getFirstPropertyValue("dtend") as ICAL.Time).toJSDate(),
    organizer: String(event.getFirstPropertyValue("organizer")),
    location: event.getFirstPropertyValue("location"),
    url: event.getFirstPropertyValue("url"),
  };
}

export const tokenIn = (text: string) => /\/join\/([A-Za-z0-9_-]{43})/.exec(text)?.[1];

type SecretQuestion = { title: string; prompt: string; modelAnswer: string; wrongAnswers: unknown; probes: unknown; sections: unknown };

/** Every interviewer-only string of these questions, and every bank's name. */
export async function interviewerOnlyText(questions: SecretQuestion[]): Promise<string[]> {
  const secrets = questions.flatMap((q) => [
    q.title, q.prompt, q.modelAnswer,
    ...(q.wrongAnswers as Array<{ answer: string; why: string }>).flatMap((w) => [w.answer, w.why]),
    ...(q.probes as Array<{ question: string; answer: string }>).flatMap((p) => [p.question, p.answer]),
    ...(q.sections as Array<{ body: string }>).map((s) => s.body),
  ]);
  const bankNames = (await db.bank.findMany({ select: { name: true } })).map((b) => b.name);
  return [...secrets, ...bankNames];
}

/** A candidate's message, whole: subject, text, HTML and every attachment. */
export const wholeMessage = (mail: ReceivedMail) =>
  [mail.parsed.subject, mail.parsed.text, mail.parsed.html, ...mail.parsed.attachments.map((a) => a.content.toString("utf8"))].join("\n");
