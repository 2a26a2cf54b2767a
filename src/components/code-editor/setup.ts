// The editor every code pad shares: line numbers, highlighting, editor-like indentation (Tab
// indents, indentation follows what is typed) and an accessible name. Tab stays an indent key, so
// keyboard users leave with Esc then Tab (CodeMirror's tab-focus escape), which the hint says.
import { history, defaultKeymap, historyKeymap, indentWithTab } from "@codemirror/commands";
import { bracketMatching, defaultHighlightStyle, indentOnInput, indentUnit, syntaxHighlighting } from "@codemirror/language";
import { Compartment, EditorState, type Extension } from "@codemirror/state";
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from "@codemirror/view";

export const ESCAPE_HINT = "Tab indents. To leave the editor with the keyboard, press Esc, then Tab.";

export type EditorOptions = {
  /** The accessible name of the editable area ("Code pad"). */
  label: string;
  /** The id of the element that explains the keys. */
  describedBy?: string;
  readOnly?: boolean;
  /** Undo history: the plain editor keeps its own; a shared pad brings Yjs's. */
  ownHistory?: boolean;
};

export function baseExtensions({ label, describedBy, readOnly = false, ownHistory = true }: EditorOptions): Extension[] {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightActiveLine(),
    drawSelection(),
    bracketMatching(),
    indentOnInput(),
    indentUnit.of("    "),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    ...(ownHistory ? [history(), keymap.of(historyKeymap)] : []),
    keymap.of([...defaultKeymap, indentWithTab]),
    EditorState.readOnly.of(readOnly),
    EditorView.editable.of(!readOnly),
    EditorView.contentAttributes.of({ "aria-label": label, ...(describedBy ? { "aria-describedby": describedBy } : {}) }),
    EditorView.theme({
      "&": { fontSize: "0.875rem", backgroundColor: "var(--color-surface, #fff)" },
      ".cm-content": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, monospace", minHeight: "12rem" },
      ".cm-gutters": { backgroundColor: "transparent", borderRight: "1px solid var(--color-line, #ddd)" },
      "&.cm-focused": { outline: "2px solid var(--color-accent, #2563eb)", outlineOffset: "1px" },
    }),
  ];
}

/** A slot whose language can be swapped while the editor runs. */
export function languageSlot() {
  const compartment = new Compartment();
  return {
    initial: compartment.of([]),
    set: (view: EditorView, language: Extension) => view.dispatch({ effects: compartment.reconfigure(language) }),
  };
}
