// The four levels a question (and a candidate's estimated level) can have. The database and the
// app speak the enum (JUNIOR); the JSON APIs, the importer's documents and URLs speak the lower-case
// word (junior). Isomorphic, and the one list every feature, the importer and the APIs read.
// No zod here: pages' browser code imports this file, and zod would add 30 KB gzip to them (and to
// every page that prefetches them); the schema is in level-schema.ts.

export const LEVELS = ["JUNIOR", "MIDDLE", "SENIOR", "STAFF"] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABELS: Record<Level, string> = { JUNIOR: "Junior", MIDDLE: "Middle", SENIOR: "Senior", STAFF: "Staff" };

// Written out (not mapped) so it stays a tuple of literals; `satisfies` keeps it in step with LEVELS.
export const LEVEL_WORDS = ["junior", "middle", "senior", "staff"] as const satisfies ReadonlyArray<Lowercase<Level>>;
export type LevelWord = (typeof LEVEL_WORDS)[number];

export const toLevelWord = (level: Level): LevelWord => level.toLowerCase() as LevelWord;

/** The levels as a select's choices: valued by the enum (forms), or by the word (the question list's URL). */
export const levelOptions = (valueOf: (level: Level) => string = (level) => level): Array<readonly [string, string]> =>
  LEVELS.map((level) => [valueOf(level), LEVEL_LABELS[level]]);
export const toLevel = (word: LevelWord): Level => word.toUpperCase() as Level;
