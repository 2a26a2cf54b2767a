import { cn } from "@/lib/cn";
import type { SessionStatus } from "../state";

export const STATUS_LABELS: Record<SessionStatus, string> = {
  SCHEDULED: "Scheduled",
  LIVE: "Live",
  COMPLETED: "Completed",
  CANCELLED: "Cancelled",
};

export function StatusBadge({ status }: { status: SessionStatus }) {
  return (
    <span
      data-testid="session-status"
      className={cn(
        "inline-flex items-center rounded-full border px-2.5 py-0.5 text-xs font-medium",
        status === "LIVE" && "border-ok text-ok",
        status === "SCHEDULED" && "border-accent text-accent",
        (status === "COMPLETED" || status === "CANCELLED") && "border-line text-muted",
      )}
    >
      {STATUS_LABELS[status]}
    </span>
  );
}
