import "server-only";

// The scorecards feature's server surface for other features: reads that apply the blind rule,
// so every page that shows a candidate's scorecards sees exactly what the scorecard API shows.
// Each takes the signed-in user and authorizes first.
export { getCalibration } from "./calibration-data";
export { blindRuleCases, isScorecardLocked, loadCandidateCards } from "./queries";
export type { PanelSeat } from "./policy";
