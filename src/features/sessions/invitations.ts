import "server-only";
import { env } from "@/env";
import { calendarInvitation } from "@/features/mail/ics";
import { queueMail } from "@/features/mail/outbox";
import { formatDateTime } from "@/lib/format";
import { usableTimeZone } from "@/lib/time-zone";
import type { Tx } from "@/server/db";
import { joinPath } from "./live/token";

// The calendar mail of a scheduled session, queued in the transaction that changed it: the
// candidate gets the time, the video link and the join link, and nothing else (no title, no
// question, no bank: the title may name a kit); each panel member gets the title and the cockpit
// link. One UID per session; SEQUENCE is the session's inviteSequence, raised by the caller on
// every change it mails. The join token exists only at creation and when a link is renewed, so a
// reschedule renews it (docs/decisions/scheduling-mail.md).

/** `removed`: a panel member taken off a session that still runs; their calendar entry is cancelled. */
export type SessionMailKind = "invite" | "update" | "cancel" | "link" | "removed";

export const sessionEventUid = (sessionId: string) => `session-${sessionId}@probe`;

const SUBJECTS: Record<SessionMailKind, string> = {
  invite: "Interview invitation",
  update: "Interview rescheduled",
  cancel: "Interview cancelled",
  link: "New join link for your interview",
  removed: "You are no longer on the panel",
};

const cancels = (kind: SessionMailKind) => kind === "cancel" || kind === "removed";

/**
 * Who gets this mail: by default the candidate and the whole panel. A panel change mails only the
 * members it concerns (an invitation to those added, a cancellation to those removed, queued
 * before they leave the row); a renewed link mails only the candidate.
 */
export type SessionMailRecipients = { candidate: boolean; panelUserIds?: readonly string[] };

export async function queueSessionMail(tx: Tx, sessionId: string, kind: SessionMailKind, options: { origin: string; now: Date; token?: string; to?: SessionMailRecipients }): Promise<number> {
  const to = options.to ?? { candidate: true };
  const session = await tx.interviewSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: {
      title: true,
      scheduledAt: true,
      durationMinutes: true,
      videoUrl: true,
      inviteSequence: true,
      candidate: { select: { email: true } },
      interviewers: { select: { user: { select: { id: true, email: true, timeZone: true } } } },
    },
  });
  if (!session.scheduledAt) return 0;
  const start = session.scheduledAt;
  const durationMinutes = session.durationMinutes ?? 60;
  const method = cancels(kind) ? "CANCEL" : "REQUEST";
  const ics = (attendee: string, summary: string, description: string) => ({
    filename: cancels(kind) ? "cancel.ics" : "invite.ics",
    contentType: `text/calendar; method=${method}; charset=UTF-8`,
    content: calendarInvitation({
      method,
      uid: sessionEventUid(sessionId),
      sequence: session.inviteSequence,
      start,
      durationMinutes,
      summary,
      description,
      organizer: env.MAIL_FROM,
      attendee,
      url: session.videoUrl,
      stamp: options.now,
    }),
  });
  const video = session.videoUrl ? `Video call: ${session.videoUrl}` : "";
  let queued = 0;

  const candidateEmail = session.candidate.email;
  // A join link can be mailed only when it was just made; a cancellation needs none.
  if (to.candidate && candidateEmail && kind !== "removed" && (kind === "cancel" || options.token)) {
    const join = options.token ? new URL(joinPath(options.token), options.origin).toString() : "";
    const when = `${formatDateTime(start, { timeZone: "UTC" })}, ${durationMinutes} minutes`;
    const body =
      kind === "cancel"
        ? `Your interview on ${when} is cancelled.`
        : [`Your interview: ${when}.`, video, `Join link: ${join}`, kind === "invite" ? "" : "This link replaces the one sent before."].filter(Boolean).join("\n\n");
    await queueMail(tx, {
      to: candidateEmail,
      subject: SUBJECTS[kind],
      body,
      reason: "you are the candidate of an interview scheduled with Probe",
      attachments: [ics(candidateEmail, "Interview", [video, join && `Join link: ${join}`].filter(Boolean).join("\n"))],
    });
    queued++;
  }

  const cockpit = new URL(`/sessions/${sessionId}/run`, options.origin).toString();
  const panel = session.interviewers.filter(({ user }) => !to.panelUserIds || to.panelUserIds.includes(user.id));
  for (const { user } of panel) {
    const zone = { timeZone: usableTimeZone(user.timeZone), zoneName: true };
    const when = `${formatDateTime(start, zone)}, ${durationMinutes} minutes`;
    const body =
      kind === "cancel"
        ? `The interview "${session.title}" on ${when} is cancelled.`
        : kind === "removed"
          ? `You were taken off the panel of the interview "${session.title}" on ${when}. The interview still takes place without you; this removes it from your calendar.`
          : [`Interview: ${session.title}`, `When: ${when}`, video, `Cockpit: ${cockpit}`].filter(Boolean).join("\n\n");
    await queueMail(tx, {
      to: user.email,
      subject: `${SUBJECTS[kind]}: ${session.title}`,
      body,
      reason: "you are on this interview's panel",
      attachments: [ics(user.email, session.title, [video, `Cockpit: ${cockpit}`].filter(Boolean).join("\n"))],
    });
    queued++;
  }
  return queued;
}
