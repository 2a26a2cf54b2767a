import Link from "next/link";
import type { ReactNode } from "react";
import { navFor, type Actor } from "@/lib/policy";
import { ROLE_LABELS as ROLE_LABEL } from "@/lib/roles";
import { NavLinks } from "./nav-links";

/** The signed-in frame. `signOut` is the sign-out control, passed in: the shell knows no feature. */
export function AppShell({ user, signOut, children }: { user: Actor & { name: string; email: string }; signOut: ReactNode; children: ReactNode }) {
  const items = navFor(user).map(({ href, label }) => ({ href, label }));
  return (
    <div className="min-h-dvh">
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="text-lg font-semibold tracking-tight">Probe</Link>
          <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto sm:flex-1">
            <NavLinks items={items} />
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <Link href="/account" className="block rounded-md px-2 py-1 text-right hover:bg-canvas" aria-label={`Your account: ${user.name}, ${ROLE_LABEL[user.role]}`}>
              <span className="block font-medium" data-testid="user-name">{user.name}</span>
              <span className="block text-xs text-muted" data-testid="user-role">{ROLE_LABEL[user.role]}</span>
            </Link>
            {signOut}
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </div>
  );
}
