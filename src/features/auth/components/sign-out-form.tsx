"use client";

import { browserOnline } from "@/lib/autosave/page";
import { browserEdits } from "@/lib/unsent-edits";
import { signOutAction } from "../actions";

/**
 * Signing out forgets the edits kept on this device (shared computers: notes about candidates
 * are not left behind). Offline the sign-out cannot reach the server anyway, so nothing is
 * forgotten then. See docs/decisions/0006-offline-edits.md.
 */
export function SignOutForm() {
  return (
    <form action={signOutAction} onSubmit={() => browserOnline() && browserEdits().clear()}>
      <button type="submit" className="rounded-md border border-line px-3 py-1.5 hover:bg-canvas">Sign out</button>
    </form>
  );
}
