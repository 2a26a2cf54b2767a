"use client";

// A plain code editor bound to a string, for a solo pad (practice). Loaded on demand by its users
// (next/dynamic): CodeMirror stays out of a page's first load.
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { useEffect, useId, useRef } from "react";
import type { CodeLanguage } from "@/lib/code-languages";
import { loadLanguage } from "./languages";
import { baseExtensions, ESCAPE_HINT, languageSlot } from "./setup";

type Props = { value: string; onChange: (value: string) => void; language: CodeLanguage; label: string; readOnly?: boolean; maxLength?: number };

export default function CodeEditor({ value, onChange, language, label, readOnly = false, maxLength }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const slot = useRef(languageSlot());
  const latest = useRef(onChange);
  const hintId = useId();
  useEffect(() => {
    latest.current = onChange;
  });

  useEffect(() => {
    const created = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          baseExtensions({ label, describedBy: hintId, readOnly }),
          slot.current.initial,
          ...(maxLength ? [EditorState.changeFilter.of((tr) => tr.newDoc.length <= maxLength)] : []),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) latest.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
    // The editor is created once; later values arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [label, readOnly]);

  // A value changed elsewhere (a kept draft chosen over this one) replaces the text.
  useEffect(() => {
    const current = view.current;
    if (current && current.state.doc.toString() !== value) {
      current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: value } });
    }
  }, [value]);

  useEffect(() => {
    let stale = false;
    void loadLanguage(language).then((extension) => {
      if (!stale && view.current) slot.current.set(view.current, extension);
    });
    return () => {
      stale = true;
    };
  }, [language]);

  return (
    <div>
      <div ref={host} className="overflow-hidden rounded-md border border-line" />
      <p id={hintId} className="mt-1 text-xs text-muted">{ESCAPE_HINT}</p>
    </div>
  );
}
