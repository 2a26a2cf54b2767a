// The scorecards feature's isomorphic surface for other features (the hiring manager's pages):
// its vocabulary, its view types and its small presentational pieces.
// Other features import from here, from ./server (server-only reads) or from ./actions, never
// from the files behind them. Nothing here reads the database.
export { LevelBadge, RecommendationBadge, StatusPill } from "./components/badges";
export { suggestLevel } from "./level-estimate";
export { calibrationRangeSchema, RECOMMENDATION_LABELS, RECOMMENDATIONS, toRecommendationWord, type RecommendationWord } from "./schemas";
export type { CandidateCards, CandidateSession, PanelStatus, Rating, ScorecardRating, ScorecardView } from "./types";
