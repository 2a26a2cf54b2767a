import type { Metadata } from "next";
import { unstable_rethrow } from "next/navigation";
import { Suspense, type ReactNode } from "react";
import { Alert, PageHeader, Spinner } from "@/components/ui/states";
import { HomeSection, MailFailuresSection, OwedScorecardsSection, PanelDaySection, ReadyCandidatesSection } from "@/features/home/components/home-sections";
import { getMailFailures, getOwedScorecards, getPanelDay, getReadyCandidates } from "@/features/home/queries";
import { can } from "@/lib/policy";
import type { InZone } from "@/lib/format";
import type { SessionUser } from "@/server/auth-gates";
import { log } from "@/server/log";
import { requirePageUser } from "@/server/page-auth";
import { viewerTimeZone } from "@/server/time-zone";

export const metadata: Metadata = { title: "Home" };

// The page that starts the day (lib/policy.ts homeFor): the sections the viewer's role has, each
// streamed on its own, so a slow or failing one shows its own spinner or error and the others
// still arrive.

type Loaded = { user: SessionUser; zone: InZone };

/** One section: its data loaded and rendered, or its own error in its place (logged, with the request id). */
async function Guarded({ id, title, render }: { id: string; title: string; render: () => Promise<ReactNode> }) {
  try {
    return await render();
  } catch (error) {
    unstable_rethrow(error);
    log.error("home: a section failed", { section: id, error });
    return (
      <HomeSection id={id} title={title}>
        <Alert>This part of your home page could not be loaded. Reload the page to try again.</Alert>
      </HomeSection>
    );
  }
}

function Streamed({ id, title, render }: { id: string; title: string; render: () => Promise<ReactNode> }) {
  return (
    <Suspense fallback={<HomeSection id={id} title={title}><Spinner label={`Loading ${title.toLowerCase()}`} /></HomeSection>}>
      <Guarded id={id} title={title} render={render} />
    </Suspense>
  );
}

function sections({ user, zone }: Loaded): ReactNode[] {
  const list: ReactNode[] = [];
  if (can(user, "sessions:run")) {
    list.push(<Streamed key="sessions" id="sessions" title="Your interviews" render={async () => <PanelDaySection day={await getPanelDay(user, zone.timeZone!)} zone={zone} />} />);
  }
  if (can(user, "scorecards:write")) {
    list.push(<Streamed key="scorecards" id="scorecards" title="Scorecards you owe" render={async () => <OwedScorecardsSection owed={await getOwedScorecards(user)} zone={zone} />} />);
  }
  if (can(user, "candidates:review")) {
    list.push(<Streamed key="ready" id="ready" title="Ready for a decision" render={async () => <ReadyCandidatesSection ready={await getReadyCandidates(user)} zone={zone} />} />);
  }
  if (can(user, "mail:read")) {
    list.push(<Streamed key="mail" id="mail-failures" title="Mail that could not be sent" render={async () => <MailFailuresSection failures={await getMailFailures(user)} zone={zone} />} />);
  }
  return list;
}

export default async function HomePage() {
  const user = await requirePageUser("home:view", "/home");
  const zone = await viewerTimeZone(user);
  return (
    <>
      <PageHeader title={`Good to see you, ${user.name.split(" ")[0]}`} />
      <div className="grid gap-6 lg:grid-cols-2">{sections({ user, zone })}</div>
    </>
  );
}
