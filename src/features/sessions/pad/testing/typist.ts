// A pad editor without an editor, for tests and the benchmark: a Yjs document whose edits become
// the same updates y-codemirror produces (inserts and deletes on the Y.Text "code"), and which
// applies what a pad stream sends. No server imports: Playwright and the bench use it too.
import * as Y from "yjs";

export type Typist = {
  doc: Y.Doc;
  text: () => string;
  /** Inserts at `index` (the end by default) and returns the update to send, base64. */
  type: (insert: string, index?: number) => string;
  remove: (index: number, length: number) => string;
  /** Applies a base64 update from a pad stream. */
  receive: (update: string) => void;
};

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

export function typist(): Typist {
  const doc = new Y.Doc();
  const ytext = doc.getText("code");
  const edit = (change: () => void) => {
    const before = Y.encodeStateVector(doc);
    change();
    return toBase64(Y.encodeStateAsUpdate(doc, before));
  };
  return {
    doc,
    text: () => ytext.toString(),
    type: (insert, index) => edit(() => ytext.insert(index ?? ytext.length, insert)),
    remove: (index, length) => edit(() => ytext.delete(index, length)),
    receive: (update) => Y.applyUpdate(doc, Buffer.from(update, "base64"), "remote"),
  };
}
