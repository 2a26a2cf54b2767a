import "server-only";
import * as Y from "yjs";
import { AppError } from "@/server/errors";

// What a pad update may contain, checked before anything is applied or stored. A pad is one Y.Text
// named "code", so a well-formed update holds only text insertions into it (ContentString), the
// tombstones of deleted text (ContentDeleted, GC) and gaps (Skip), plus a delete set. Anything else
// (maps, nested types, embeds, binary or JSON content, another root) is refused: it could never
// come from the editor, and it would let a client park arbitrary data in a shared document.

export const PAD_TEXT = "code";

export type CheckedUpdate = { bytes: Uint8Array; insertedBytes: number };

const refuse = (message: string) => new AppError("VALIDATION", message, { update: [message] });

export function checkPadUpdate(bytes: Uint8Array): CheckedUpdate {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(bytes);
  } catch {
    throw refuse("The update is not a Yjs update");
  }
  let insertedBytes = 0;
  for (const struct of decoded.structs) {
    if (struct instanceof Y.GC || struct instanceof Y.Skip) continue;
    if (!(struct instanceof Y.Item)) throw refuse("The update holds an unknown kind of change");
    if (struct.parentSub !== null) throw refuse("The update writes outside the pad's text");
    // Decoded (not yet integrated), an item's parent is the root's NAME, the ID of a nested type's
    // item, or null when it is to be taken from its neighbours (origins).
    const parent = struct.parent as unknown;
    if (parent !== null && parent !== PAD_TEXT) throw refuse("The update writes outside the pad's text");
    if (parent === null && struct.origin === null && struct.rightOrigin === null) throw refuse("The update writes outside the pad's text");
    const content = struct.content;
    if (content instanceof Y.ContentString) insertedBytes += Buffer.byteLength(content.str, "utf8");
    else if (!(content instanceof Y.ContentDeleted)) throw refuse("The update holds something other than text");
  }
  if (!decoded.structs.length && !decoded.ds.clients.size) throw refuse("The update changes nothing");
  return { bytes, insertedBytes };
}
