// The pad's size limits, in a module of their own so the editor's chunk can check them without
// bringing zod (schemas.ts holds the rules that use them).

/** UTF-8 bytes of text one pad may hold. */
export const MAX_PAD_TEXT_BYTES = 100 * 1024;
/** One Yjs update, decoded (a paste of a whole pad fits; the client sends smaller batches). */
export const MAX_PAD_UPDATE_BYTES = 128 * 1024;
/** Every update a pad has stored, added up: bounds the history a pad may grow, whatever its clients do. */
export const MAX_PAD_HISTORY_BYTES = 8 * 1024 * 1024;
/** One awareness entry (a cursor and a label), decoded. */
export const MAX_PAD_AWARENESS_BYTES = 2 * 1024;
/** The JSON body of an update POST: base64 of the two above plus room for the keys. */
export const MAX_PAD_BODY_BYTES = 256 * 1024;
