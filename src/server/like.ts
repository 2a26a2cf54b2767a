import "server-only";

// LIKE / ILIKE patterns from what a person typed: %, _ and \ match themselves, not "anything".
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Matches text containing `text`. */
export const containsPattern = (text: string) => `%${escapeLike(text)}%`;

/** Matches text starting with `text`. */
export const prefixPattern = (text: string) => `${escapeLike(text)}%`;
