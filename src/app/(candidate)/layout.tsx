import type { ReactNode } from "react";

// The candidate's own layout: no app shell, no navigation, no query provider, nothing of the
// signed-in app. A candidate in a live session has no account and sees only the interview.
export default function CandidateLayout({ children }: { children: ReactNode }) {
  return <div className="min-h-dvh bg-canvas">{children}</div>;
}
