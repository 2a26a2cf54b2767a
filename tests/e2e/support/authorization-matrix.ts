// The authorization matrix: every page and API route × every kind of caller. The spec
// (tests/e2e/authorization-matrix.spec.ts) asserts each cell against the running app, and fails
// when a route file exists that has no row here.

export const CALLERS = ["anonymous", "linkHolder", "candidate", "assignedInterviewer", "unassignedInterviewer", "manager", "admin"] as const;
export type Caller = (typeof CALLERS)[number];

/** What the test builds before it runs: ids and tokens the URLs need. */
export type MatrixContext = {
  /** A question of an interview bank. */
  questionId: string;
  /** That question's (interview) bank. */
  bankId: string;
  /** A question of a practice bank, which the candidate practised. */
  practiceQuestionId: string;
  sessionId: string;
  sessionToken: string;
  linkSessionId: string;
  candidateId: string;
  kitId: string;
  practiceRunId: string;
  shareToken: string;
  /** A message in the embedded mailbox. */
  mailId: string;
  /** The candidate's mock interview, and its friend's link (held by the link holder in the matrix). */
  mockId: string;
  mockToken: string;
};

export type Row = {
  /** The route as the file system names it, route groups removed: "/sessions/[id]/run". */
  route: string;
  method?: "GET" | "POST" | "PUT" | "PATCH";
  url: (ctx: MatrixContext, caller: Caller) => string;
  body?: unknown;
  /** Callers who are let through. Everyone else must be refused (401/403/404, or sent to sign-in). */
  allow: readonly Caller[] | "everyone";
  /**
   * The status an allowed caller gets. Writes are sent an invalid body, so an allowed caller gets
   * 400 (past the gate, stopped by validation) and nothing changes; refused callers never get that far.
   */
  okStatus?: number;
  /** Server-sent events: only the status and headers are read. */
  stream?: boolean;
};

const SIGNED_IN: Caller[] = ["candidate", "assignedInterviewer", "unassignedInterviewer", "manager", "admin"];
const INTERVIEWERS: Caller[] = ["assignedInterviewer", "unassignedInterviewer", "admin"];
const READERS: Caller[] = [...INTERVIEWERS, "manager"];
const REVIEWERS: Caller[] = ["manager", "admin"];
const PANEL: Caller[] = ["assignedInterviewer"];
const BOGUS = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
const token = (ctx: MatrixContext, caller: Caller) => (caller === "linkHolder" ? ctx.sessionToken : BOGUS);
// The link holder holds a mock's friend link too; a join token is no friend link (Vitest: mock-api.test.ts).
const mockToken = (ctx: MatrixContext, caller: Caller) => (caller === "linkHolder" ? ctx.mockToken : BOGUS);

export const MATRIX: Row[] = [
  // Public pages and endpoints.
  { route: "/", url: () => "/", allow: "everyone" },
  { route: "/sign-in", url: () => "/sign-in", allow: "everyone" },
  { route: "/sign-up", url: () => "/sign-up", allow: "everyone" },
  { route: "/forgot-password", url: () => "/forgot-password", allow: "everyone" },
  // A dead link answers 200 with "not valid any more": the page is public, the token is the gate.
  { route: "/reset-password/[token]", url: () => `/reset-password/${BOGUS}`, allow: "everyone" },
  { route: "/welcome/[token]", url: () => `/welcome/${BOGUS}`, allow: "everyone" },
  { route: "/verify-email/[token]", url: () => `/verify-email/${BOGUS}`, allow: "everyone" },
  { route: "/api/health", url: () => "/api/health", allow: "everyone" },
  // Prometheus's scrape: a bearer token (METRICS_TOKEN, set for the e2e server), never a cookie or a link.
  { route: "/api/metrics", url: () => "/api/metrics", allow: [] },
  { route: "/api/auth/[...nextauth]", url: () => "/api/auth/session", allow: "everyone" },
  { route: "/shared/practice/[token]", url: (c) => `/shared/practice/${c.shareToken}`, allow: "everyone" },

  // The candidate's link: only its holder.
  { route: "/join/[token]", url: token, allow: ["linkHolder"] },
  { route: "/api/live/[token]", url: (c, who) => `/api/live/${token(c, who)}`, allow: ["linkHolder"] },
  { route: "/api/live/[token]/events", url: (c, who) => `/api/live/${token(c, who)}/events`, allow: ["linkHolder"], stream: true },
  { route: "/api/live/[token]/pads/[position]/events", url: (c, who) => `/api/live/${token(c, who)}/pads/0/events`, allow: ["linkHolder"], stream: true },
  { route: "/api/live/[token]/pads/[position]/updates", method: "POST", url: (c, who) => `/api/live/${token(c, who)}/pads/0/updates`, body: { update: "x" }, allow: ["linkHolder"], okStatus: 400 },

  // Signed-in shell. Candidates start at /practice: /home is the staff's day.
  { route: "/home", url: () => "/home", allow: [...READERS] },
  { route: "/account", url: () => "/account", allow: SIGNED_IN },
  { route: "/admin/users", url: () => "/admin/users", allow: ["admin"] },
  { route: "/admin/audit", url: () => "/admin/audit", allow: ["admin"] },
  { route: "/admin/settings", url: () => "/admin/settings", allow: ["admin"] },
  { route: "/admin/mail", url: () => "/admin/mail", allow: ["admin"] },
  { route: "/admin/mail/[id]", url: (c) => `/admin/mail/${c.mailId}`, allow: ["admin"] },
  { route: "/api/admin/mail/[id]/attachments/[index]", url: (c) => `/api/admin/mail/${c.mailId}/attachments/0`, allow: ["admin"] },

  // Question bank.
  { route: "/questions", url: () => "/questions", allow: READERS },
  { route: "/questions/banks", url: () => "/questions/banks", allow: READERS },
  { route: "/questions/[id]", url: (c) => `/questions/${c.questionId}`, allow: READERS },
  { route: "/questions/[id]/history", url: (c) => `/questions/${c.questionId}/history?from=1&to=1`, allow: READERS },
  { route: "/questions/new", url: () => "/questions/new", allow: INTERVIEWERS },
  { route: "/questions/import", url: () => "/questions/import", allow: INTERVIEWERS },
  { route: "/questions/[id]/edit", url: (c) => `/questions/${c.questionId}/edit`, allow: INTERVIEWERS },
  { route: "/questions/copy", url: (c) => `/questions/copy?bank=${c.bankId}`, allow: INTERVIEWERS },
  { route: "/api/questions", url: () => "/api/questions?q=race", allow: INTERVIEWERS },
  { route: "/api/questions/[id]", url: (c) => `/api/questions/${c.questionId}`, allow: INTERVIEWERS },
  { route: "/api/banks", url: () => "/api/banks", allow: INTERVIEWERS },
  { route: "/api/banks/[id]/export", url: (c) => `/api/banks/${c.bankId}/export`, allow: INTERVIEWERS },
  { route: "/api/banks/[id]", method: "PATCH", url: (c) => `/api/banks/${c.bankId}`, body: { purpose: "public" }, allow: INTERVIEWERS, okStatus: 400 },

  // Kits.
  { route: "/kits", url: () => "/kits", allow: INTERVIEWERS },
  { route: "/kits/new", url: () => "/kits/new", allow: INTERVIEWERS },
  { route: "/kits/[id]", url: (c) => `/kits/${c.kitId}`, allow: INTERVIEWERS },

  // Sessions.
  { route: "/sessions", url: () => "/sessions", allow: READERS },
  { route: "/sessions/new", url: () => "/sessions/new", allow: INTERVIEWERS },
  { route: "/sessions/[id]", url: (c) => `/sessions/${c.sessionId}`, allow: [...PANEL, ...REVIEWERS] },
  { route: "/sessions/[id]/run", url: (c) => `/sessions/${c.sessionId}/run`, allow: PANEL },
  // The matrix's session is live: the panel gets the page saying it can no longer be edited.
  { route: "/sessions/[id]/edit", url: (c) => `/sessions/${c.sessionId}/edit`, allow: PANEL },
  // Reviewers read every scorecard (read-only); the blind rule hides others' cards from the panel.
  { route: "/sessions/[id]/scorecard", url: (c) => `/sessions/${c.sessionId}/scorecard`, allow: [...PANEL, ...REVIEWERS] },
  { route: "/api/sessions", url: () => "/api/sessions", allow: READERS },
  { route: "/api/sessions", method: "POST", url: () => "/api/sessions", body: { candidateName: "" }, allow: INTERVIEWERS, okStatus: 400 },
  { route: "/api/sessions/[id]", url: (c) => `/api/sessions/${c.sessionId}`, allow: PANEL },
  { route: "/api/sessions/[id]", method: "PATCH", url: (c) => `/api/sessions/${c.sessionId}`, body: { scheduledAt: "not a time" }, allow: PANEL, okStatus: 400 },
  { route: "/api/sessions/[id]/events", url: (c) => `/api/sessions/${c.sessionId}/events`, allow: PANEL, stream: true },
  { route: "/api/sessions/[id]/actions", method: "POST", url: (c) => `/api/sessions/${c.sessionId}/actions`, body: { type: "fly" }, allow: PANEL, okStatus: 400 },
  { route: "/api/sessions/[id]/link", method: "POST", url: (c) => `/api/sessions/${c.linkSessionId}/link`, allow: PANEL },
  {
    route: "/api/sessions/[id]/questions/[position]/note",
    method: "PUT",
    url: (c) => `/api/sessions/${c.sessionId}/questions/0/note`,
    body: { rating: 9 },
    allow: PANEL,
    okStatus: 400,
  },
  { route: "/api/sessions/[id]/pads/[position]/events", url: (c) => `/api/sessions/${c.sessionId}/pads/0/events`, allow: PANEL, stream: true },
  { route: "/api/sessions/[id]/pads/[position]/updates", method: "POST", url: (c) => `/api/sessions/${c.sessionId}/pads/0/updates`, body: { update: "x" }, allow: PANEL, okStatus: 400 },
  // The matrix's question has no code in its prompt: past the gate, loading it is a 409 that writes nothing.
  { route: "/api/sessions/[id]/pads/[position]/load-code", method: "POST", url: (c) => `/api/sessions/${c.sessionId}/pads/0/load-code`, allow: PANEL, okStatus: 409 },
  { route: "/api/sessions/[id]/pads/[position]/language", method: "PUT", url: (c) => `/api/sessions/${c.sessionId}/pads/0/language`, body: { language: "cobol" }, allow: PANEL, okStatus: 400 },
  { route: "/api/sessions/[id]/pads/[position]/history", url: (c) => `/api/sessions/${c.sessionId}/pads/0/history`, allow: [...PANEL, ...REVIEWERS] },
  { route: "/api/sessions/[id]/scorecard", method: "PUT", url: (c) => `/api/sessions/${c.sessionId}/scorecard`, body: { ratings: "x" }, allow: PANEL, okStatus: 400 },
  { route: "/api/sessions/[id]/scorecard/submit", method: "POST", url: (c) => `/api/sessions/${c.sessionId}/scorecard/submit`, allow: PANEL, okStatus: 409 },
  { route: "/api/sessions/[id]/scorecards", url: (c) => `/api/sessions/${c.sessionId}/scorecards`, allow: [...PANEL, ...REVIEWERS] },

  // Hiring decisions.
  { route: "/candidates", url: () => "/candidates", allow: REVIEWERS },
  { route: "/candidates/[id]", url: (c) => `/candidates/${c.candidateId}`, allow: REVIEWERS },
  { route: "/candidates/[id]/print", url: (c) => `/candidates/${c.candidateId}/print`, allow: REVIEWERS },
  { route: "/candidates/[id]/personal-data", url: (c) => `/candidates/${c.candidateId}/personal-data`, allow: REVIEWERS },
  { route: "/candidates/compare", url: (c) => `/candidates/compare?ids=${c.candidateId}`, allow: REVIEWERS },
  { route: "/candidates/calibration", url: () => "/candidates/calibration", allow: REVIEWERS },
  { route: "/api/candidates/[id]/export", url: (c) => `/api/candidates/${c.candidateId}/export`, allow: REVIEWERS },

  // Solo practice: the candidate's own.
  { route: "/practice", url: () => "/practice", allow: ["candidate"] },
  { route: "/practice/progress", url: () => "/practice/progress", allow: ["candidate"] },
  { route: "/practice/share", url: () => "/practice/share", allow: ["candidate"] },
  { route: "/practice/mocks", url: () => "/practice/mocks", allow: ["candidate"] },
  { route: "/practice/mocks/[id]", url: (c) => `/practice/mocks/${c.mockId}`, allow: ["candidate"] },
  { route: "/api/practice/mocks/[id]", url: (c) => `/api/practice/mocks/${c.mockId}`, allow: ["candidate"] },
  { route: "/api/practice/mocks/[id]/events", url: (c) => `/api/practice/mocks/${c.mockId}/events`, allow: ["candidate"], stream: true },

  // A mock interview's friend: only the holder of its link, no account.
  { route: "/mock/[token]", url: (c, who) => `/mock/${mockToken(c, who)}`, allow: ["linkHolder"] },
  { route: "/api/mock/[token]", url: (c, who) => `/api/mock/${mockToken(c, who)}`, allow: ["linkHolder"] },
  { route: "/api/mock/[token]/events", url: (c, who) => `/api/mock/${mockToken(c, who)}/events`, allow: ["linkHolder"], stream: true },
  { route: "/api/mock/[token]/actions", method: "POST", url: (c, who) => `/api/mock/${mockToken(c, who)}/actions`, body: { type: "dance" }, allow: ["linkHolder"], okStatus: 400 },
  {
    route: "/api/mock/[token]/questions/[position]/note",
    method: "PUT",
    url: (c, who) => `/api/mock/${mockToken(c, who)}/questions/0/note`,
    body: { rating: 9 },
    allow: ["linkHolder"],
    okStatus: 400,
  },
  { route: "/practice/run/[id]", url: (c) => `/practice/run/${c.practiceRunId}`, allow: ["candidate"] },
  { route: "/practice/questions/[questionId]", url: (c) => `/practice/questions/${c.practiceQuestionId}`, allow: ["candidate"] },
  {
    route: "/api/practice/feedback",
    method: "POST",
    url: () => "/api/practice/feedback",
    body: { questionId: "AAAAAAAAAAAAAAAAAAAAAAAAA", answer: "" },
    allow: ["candidate"],
    okStatus: 400,
  },
];
