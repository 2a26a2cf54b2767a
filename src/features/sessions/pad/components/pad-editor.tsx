"use client";

// The shared editor itself: CodeMirror bound to the pad's Yjs text (y-codemirror.next), with the
// other editors' cursors. This module and everything it imports (Yjs, CodeMirror, a language)
// load on demand when a pad is shown (pad-slot.tsx), never with the page. It imports nothing from
// the interviewer's side: the candidate's page loads it too.
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { useEffect, useId, useRef } from "react";
import { yCollab, ySyncAnnotation } from "y-codemirror.next";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { loadLanguage } from "@/components/code-editor/languages";
import { baseExtensions, ESCAPE_HINT, languageSlot } from "@/components/code-editor/setup";
import type { CodeLanguage } from "@/lib/code-languages";
import { MAX_PAD_TEXT_BYTES } from "../limits";
import type { PadMessage } from "../types";
import { createPadSender, fromBase64 } from "./pad-sender";
import type { PadStream } from "./use-pad-stream";

const REMOTE = "remote";
const TEXT = "code";

export type PadEditorProps = {
  stream: PadStream;
  updatesUrl: string;
  language: CodeLanguage;
  readOnly: boolean;
  onRefused: (message: string) => void;
  onSaved: (saved: boolean) => void;
  onFull: () => void;
};

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

export default function PadEditor({ stream, updatesUrl, language, readOnly, onRefused, onSaved, onFull }: PadEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const slot = useRef(languageSlot());
  const hintId = useId();
  const callbacks = useRef({ onRefused, onSaved, onFull });
  useEffect(() => {
    callbacks.current = { onRefused, onSaved, onFull };
  });

  useEffect(() => {
    const doc = new Y.Doc();
    const text = doc.getText(TEXT);
    const awareness = new Awareness(doc);
    const sender = createPadSender(updatesUrl, `probe-pad:${updatesUrl}`, {
      onRefused: (message) => callbacks.current.onRefused(message),
      onSaved: (saved) => callbacks.current.onSaved(saved),
    });
    let restored = false;
    const unsubscribe = stream.subscribe((message: PadMessage) => {
      if (message.update) Y.applyUpdate(doc, fromBase64(message.update), REMOTE);
      for (const entry of message.presence ?? []) applyAwarenessUpdate(awareness, fromBase64(entry), REMOTE);
      // Once the pad's state is in, changes an earlier page of this tab had not got stored are replayed.
      if (message.seq !== undefined && !restored && !readOnly) {
        restored = true;
        const kept = sender.kept();
        if (kept) Y.applyUpdate(doc, kept, "kept");
      }
    });
    if (!readOnly) {
      doc.on("update", (update: Uint8Array, origin: unknown) => {
        if (origin !== REMOTE) sender.update(update);
      });
      awareness.on("update", ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
        const mine = [...added!, ...updated!, ...removed!].includes(doc.clientID);
        if (origin === "local" && mine) sender.cursor(encodeAwarenessUpdate(awareness, [doc.clientID]));
      });
    }
    const created = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: text.toString(),
        extensions: [
          baseExtensions({ label: "Code pad", describedBy: hintId, readOnly, ownHistory: false }),
          slot.current.initial,
          yCollab(text, awareness),
          // The 100 KB limit, before anything is sent; remote changes are never held back.
          EditorState.changeFilter.of((tr) => {
            if (!tr.docChanged || tr.annotation(ySyncAnnotation)) return true;
            if (tr.newDoc.length * 3 <= MAX_PAD_TEXT_BYTES || utf8Length(tr.newDoc.toString()) <= MAX_PAD_TEXT_BYTES) return true;
            callbacks.current.onFull();
            return false;
          }),
        ],
      }),
    });
    view.current = created;
    const leave = () => {
      awareness.setLocalState(null);
      void sender.flushNow();
    };
    window.addEventListener("pagehide", leave);
    return () => {
      window.removeEventListener("pagehide", leave);
      leave();
      sender.stop();
      unsubscribe();
      created.destroy();
      awareness.destroy();
      doc.destroy();
      view.current = null;
    };
  }, [stream, updatesUrl, readOnly, hintId]);

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
      <div ref={host} className="overflow-hidden rounded-md border border-line" data-testid="code-pad" />
      <p id={hintId} className="mt-1 text-xs text-muted">
        {readOnly ? "The interview is over: this pad is read-only." : `${ESCAPE_HINT} A pad holds up to ${MAX_PAD_TEXT_BYTES / 1024} KB.`}
      </p>
    </div>
  );
}
