// Words that carry no topic: they match anything and would make every answer look on point.
// A general English list plus the filler of spoken answers ("basically", "thing"). Negations are
// not here: they are read as the polarity of the words after them (terms.ts). "always" and "same"
// are kept as content on purpose: wrong answers often turn on them ("always faster", "the same thing").
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost along already also although am among an and another any anybody anyone
  anything are around as at be became because become been before being below between both but by can could did do does
  doing done down during each either else enough etc even ever every everything for from further get gets getting give
  given go goes going got had has have having he her here hers herself him himself his how however i if in into is it its
  itself just least less let like likely made make makes making many may maybe me mean means meant might mine more most much must my
  myself of off often on once one ones only onto or other others otherwise our ours ourselves out over own per perhaps
  put quite rather really said say says see seem seems several shall she should since so some somebody someone
  something sometimes somewhat still such than that the their theirs them themselves then there therefore these they
  thing things this those though through thus to together too toward towards under until up upon us use used uses using usually very via
  was way ways we well were what whatever when whenever where whether which while who whom whose why will with within
  would yes yet you your yours yourself yourselves basically actually simply kind sort lot lots okay ok eg ie example
  instance something`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that turn the statement after them around ("not atomic", "never released", "skips the check"). */
export const NEGATORS: ReadonlySet<string> = new Set([
  "not", "no", "never", "nor", "neither", "without", "cannot", "none", "nothing", "nobody",
  "skip", "skips", "skipped", "skipping", "avoid", "avoids", "avoided", "avoiding",
]);

/** Idioms that start with a negation but negate nothing. */
export const NOT_NEGATIONS: ReadonlySet<string> = new Set(["no matter", "not only", "no doubt"]);

/** Words that end what a negation governs: "not asked for ten minutes" negates "asked" only; "not X but Y" says Y. */
export const SCOPE_ENDS: ReadonlySet<string> = new Set([
  "but", "instead", "whereas", "while", "although", "though", "for", "in", "on", "at", "from", "with", "by", "after",
  "before", "until", "since", "because", "so", "if", "when", "and", "or", "than",
]);
