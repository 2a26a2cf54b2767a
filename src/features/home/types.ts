// The home page's view shapes (isomorphic: components name them without importing server code).

export type HomeSession = {
  id: string;
  title: string;
  candidateName: string;
  live: boolean;
  scheduledAt: string | null;
  durationMinutes: number | null;
};

/** The viewer's panel: today (in their zone, live ones first), later, and not given a time yet. */
export type PanelDay = { today: HomeSession[]; upcoming: HomeSession[]; unscheduled: HomeSession[]; more: boolean };

export type OwedScorecard = { sessionId: string; title: string; candidateName: string; endedAt: string | null; begun: boolean };

export type ReadyCandidate = { id: string; name: string; sessions: number; lastSessionAt: string | null };

export type MailFailure = { id: string; to: string; subject: string; lastError: string | null; at: string };

/** A section's rows, and whether there are more than it shows. */
export type Section<T> = { items: T[]; more: boolean };
