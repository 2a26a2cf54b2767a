import type { ReactNode } from "react";
import type { SaveStatus } from "@/lib/autosave/types";
import { cn } from "@/lib/cn";

/**
 * The one place an autosave's status is announced: a polite live region, red when the edit was
 * not saved and will not be without the user, amber while it waits on the device. The words are
 * each form's own.
 */
export function SaveStatusText({ status, children }: { status: SaveStatus; children: ReactNode }) {
  const tone = status === "conflict" || status === "invalid" ? "text-danger" : status === "offline" || status === "retrying" ? "text-warn" : "text-muted";
  return (
    <span role="status" aria-live="polite" data-testid="save-status" className={cn("text-sm", tone)}>
      {children}
    </span>
  );
}
