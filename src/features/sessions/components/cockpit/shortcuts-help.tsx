"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

export const SHORTCUTS: Array<{ keys: string; action: string }> = [
  { keys: "r", action: "Reveal the next probe to the candidate" },
  { keys: "u", action: "Undo your last reveal (for 10 seconds, if nothing happened since)" },
  { keys: "n", action: "Next question" },
  { keys: "p", action: "Previous question" },
  { keys: "g", action: "All questions: jump to any (then 1–9, or arrows and Enter)" },
  { keys: "1 – 4", action: "Rate the current question" },
  { keys: "h", action: "Mark a hint given on the last revealed probe" },
  { keys: "?", action: "Show this help" },
  { keys: "Esc", action: "Close this help" },
];

/** A modal <dialog>: the browser traps focus and closes it on Esc. */
export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="shortcuts-title"
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface p-6 text-ink backdrop:bg-black/40"
    >
      <h2 id="shortcuts-title" className="mb-4 text-lg font-semibold">Keyboard shortcuts</h2>
      <p className="mb-3 text-sm text-muted">They work whenever the cursor is not in a text field.</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        {SHORTCUTS.map((s) => (
          <div key={s.keys} className="contents">
            <dt><kbd className="rounded border border-line bg-canvas px-1.5 py-0.5 font-mono">{s.keys}</kbd></dt>
            <dd>{s.action}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-5 text-right">
        <Button variant="secondary" onClick={onClose} autoFocus>Close</Button>
      </div>
    </dialog>
  );
}
