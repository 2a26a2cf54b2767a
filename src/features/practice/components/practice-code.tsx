"use client";

// The practice code pad: code written beside the answer, saved with the draft as it is typed
// (the run's autosave) and stored with the attempt. A plain editor, no sharing: the editor's
// chunk loads only when the candidate adds code (or comes back to a draft that has some).
import dynamic from "next/dynamic";
import { useState } from "react";
import { CODE_LANGUAGE_LABELS, CODE_LANGUAGES, type CodeLanguage } from "@/lib/code-languages";
import { MAX_CODE } from "../schemas";

const CodeEditor = dynamic(() => import("@/components/code-editor/code-editor"), {
  ssr: false,
  loading: () => <p className="text-sm text-muted" role="status">Loading the code editor…</p>,
});

type Props = { code: string; language: CodeLanguage; disabled: boolean; onCode: (code: string) => void; onLanguage: (language: CodeLanguage) => void };

export function PracticeCode({ code, language, disabled, onCode, onLanguage }: Props) {
  const [open, setOpen] = useState(code !== "");
  if (!open) {
    return (
      <button type="button" className="rounded-md border border-line px-3 py-1.5 text-sm font-medium hover:bg-canvas" onClick={() => setOpen(true)}>
        Add code to your answer
      </button>
    );
  }
  return (
    <section aria-labelledby="practice-code-heading" className="space-y-2">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="practice-code-heading" className="mr-auto text-sm font-medium">Your code</h2>
        <label className="flex items-center gap-2 text-sm">
          <span>Code language</span>
          <select className="rounded-md border border-line bg-surface px-2 py-1 text-sm" value={language} disabled={disabled} onChange={(event) => onLanguage(event.target.value as CodeLanguage)}>
            {CODE_LANGUAGES.map((id) => (
              <option key={id} value={id}>{CODE_LANGUAGE_LABELS[id]}</option>
            ))}
          </select>
        </label>
      </div>
      <CodeEditor value={code} onChange={onCode} language={language} label="Your code" readOnly={disabled} maxLength={MAX_CODE} />
    </section>
  );
}
