import { SaveStatusText } from "@/components/ui/save-status";
import type { SaveStatus } from "@/lib/autosave/types";

const STATUS_TEXT: Record<Exclude<SaveStatus, "conflict">, string> = {
  saved: "Saved",
  pending: "Saving…",
  saving: "Saving…",
  offline: "Offline — kept on this device, will send when you're back",
  retrying: "Not saved yet — kept on this device, retrying",
  invalid: "Not saved",
};

/** The practice draft's save status; a conflict says why (most often: the run moved on in another tab). */
export function DraftSaveStatus({ status, message }: { status: SaveStatus; message: string | null }) {
  return (
    <SaveStatusText status={status}>
      {status === "conflict" ? (message ?? "This run moved on") : STATUS_TEXT[status]}
      {status === "invalid" && message ? `: ${message}` : null}
    </SaveStatusText>
  );
}
