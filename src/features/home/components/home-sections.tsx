import Link from "next/link";
import type { ReactNode } from "react";
import { Card, EmptyState } from "@/components/ui/states";
import { formatDate, formatDateTime, formatTime, type InZone } from "@/lib/format";
import type { HomeSession, MailFailure, OwedScorecard, PanelDay, ReadyCandidate, Section } from "../types";

// The home page's sections, as the server renders them (no client code: nothing on them changes
// without a new request). Each has its empty state; the page gives each its loading and error state.

const linkClass = "text-accent underline-offset-2 hover:underline";

export function HomeSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card>
      <section aria-labelledby={`${id}-heading`} data-testid={`home-${id}`}>
        <h2 id={`${id}-heading`} className="mb-3 font-semibold">{title}</h2>
        {children}
      </section>
    </Card>
  );
}

function More({ show, href, label }: { show: boolean; href: string; label: string }) {
  return show ? <p className="mt-3 text-sm"><Link href={href} className={linkClass}>{label}</Link></p> : null;
}

function SessionItem({ session, zone, withDay }: { session: HomeSession; zone: InZone; withDay: boolean }) {
  const when = session.live ? "Live now" : session.scheduledAt ? (withDay ? formatDateTime(session.scheduledAt, zone) : formatTime(session.scheduledAt, zone)) : "No time set";
  return (
    <li className="flex flex-wrap items-baseline justify-between gap-2 py-2" data-testid="home-session">
      <span>
        <Link href={`/sessions/${session.id}`} className={`font-medium ${linkClass}`}>{session.title || "Untitled session"}</Link>
        <span className="text-muted"> · {session.candidateName}</span>
      </span>
      <span className={session.live ? "text-sm font-medium text-ok" : "text-sm text-muted"}>
        {when}
        {session.durationMinutes && !session.live ? ` · ${session.durationMinutes} min` : ""}
      </span>
    </li>
  );
}

function SessionList({ label, sessions, zone, withDay }: { label: string; sessions: HomeSession[]; zone: InZone; withDay: boolean }) {
  if (!sessions.length) return null;
  return (
    <div className="mb-3">
      <h3 className="text-sm font-medium text-muted">{label}</h3>
      <ul className="divide-y divide-line">{sessions.map((s) => <SessionItem key={s.id} session={s} zone={zone} withDay={withDay} />)}</ul>
    </div>
  );
}

export function PanelDaySection({ day, zone }: { day: PanelDay; zone: InZone }) {
  const none = !day.today.length && !day.upcoming.length && !day.unscheduled.length;
  return (
    <HomeSection id="sessions" title="Your interviews">
      {none ? (
        <EmptyState title="No interviews on your panel today or later">A session you are added to appears here.</EmptyState>
      ) : (
        <>
          <SessionList label={`Today (${zone.timeZone ?? "UTC"})`} sessions={day.today} zone={{ ...zone, zoneName: true }} withDay={false} />
          {!day.today.length ? <p className="mb-3 text-sm text-muted">Nothing today.</p> : null}
          <SessionList label="Upcoming" sessions={day.upcoming} zone={{ ...zone, zoneName: true }} withDay />
          <SessionList label="Not scheduled yet" sessions={day.unscheduled} zone={zone} withDay />
        </>
      )}
      <More show={day.more} href="/sessions" label="All sessions" />
    </HomeSection>
  );
}

export function OwedScorecardsSection({ owed, zone }: { owed: Section<OwedScorecard>; zone: InZone }) {
  return (
    <HomeSection id="scorecards" title="Scorecards you owe">
      {owed.items.length ? (
        <ul className="divide-y divide-line">
          {owed.items.map((card) => (
            <li key={card.sessionId} className="flex flex-wrap items-baseline justify-between gap-2 py-2" data-testid="home-owed-scorecard">
              <span>
                <Link href={`/sessions/${card.sessionId}/scorecard`} className={`font-medium ${linkClass}`}>{card.title || "Untitled session"}</Link>
                <span className="text-muted"> · {card.candidateName}</span>
              </span>
              <span className="text-sm text-muted">
                {card.begun ? "Draft" : "Not begun"}
                {card.endedAt ? ` · ended ${formatDate(card.endedAt, zone)}` : ""}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="You owe no scorecards">Every interview you sat on has your scorecard.</EmptyState>
      )}
      <More show={owed.more} href="/sessions" label="More in Sessions" />
    </HomeSection>
  );
}

export function ReadyCandidatesSection({ ready, zone }: { ready: Section<ReadyCandidate>; zone: InZone }) {
  return (
    <HomeSection id="ready" title="Ready for a decision">
      {ready.items.length ? (
        <ul className="divide-y divide-line">
          {ready.items.map((candidate) => (
            <li key={candidate.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2" data-testid="home-ready-candidate">
              <Link href={`/candidates/${candidate.id}`} className={`font-medium ${linkClass}`}>{candidate.name}</Link>
              <span className="text-sm text-muted">
                {candidate.sessions} session{candidate.sessions === 1 ? "" : "s"}
                {candidate.lastSessionAt ? ` · last ${formatDate(candidate.lastSessionAt, zone)}` : ""}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="Nobody is waiting for a decision">A candidate appears here once every scorecard of their interviews is in.</EmptyState>
      )}
      <More show={ready.more} href="/candidates?status=ready" label="All candidates ready for a decision" />
    </HomeSection>
  );
}

export function MailFailuresSection({ failures, zone }: { failures: Section<MailFailure> & { total: number }; zone: InZone }) {
  return (
    <HomeSection id="mail-failures" title="Mail that could not be sent">
      {failures.items.length ? (
        <>
          <p className="mb-2 text-sm text-muted">{failures.total} message{failures.total === 1 ? "" : "s"} given up after every retry. Check the SMTP settings, then the addresses.</p>
          <ul className="divide-y divide-line">
            {failures.items.map((mail) => (
              <li key={mail.id} className="py-2 text-sm" data-testid="home-mail-failure">
                <span className="font-medium">{mail.subject}</span> <span className="text-muted">to {mail.to} · last tried {formatDateTime(mail.at, zone)}</span>
                {mail.lastError ? <p className="truncate font-mono text-xs text-danger">{mail.lastError}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <EmptyState title="All mail went out">Nothing is stuck in the outbox.</EmptyState>
      )}
      <More show={true} href="/admin/mail" label="Admin → Mail" />
    </HomeSection>
  );
}
