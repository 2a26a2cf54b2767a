// Who may do what, by role: every role rule of the app is a row of this table, and nothing else
// compares roles. Pure and isomorphic: the server enforces it (every query and mutation opens with
// `assertCan(user, …)`), and the client uses the same table to choose navigation. Rules that
// depend on a particular record (an interviewer assigned to a session, a candidate's own practice,
// a kit's author) live in the feature's policy and build on `can`.
export const ROLES = ["ADMIN", "INTERVIEWER", "HIRING_MANAGER", "CANDIDATE"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  /** The home page that starts the day (/home): sessions, owed scorecards, ready candidates. Candidates start at /practice. */
  "home:view": ["ADMIN", "INTERVIEWER", "HIRING_MANAGER"],
  "users:manage": ["ADMIN"],
  "audit:read": ["ADMIN"],
  "settings:manage": ["ADMIN"],
  /** The embedded mailbox (Admin → Mail): what Probe sent when no SMTP server is configured. */
  "mail:read": ["ADMIN"],
  "questions:read": ["ADMIN", "INTERVIEWER", "HIRING_MANAGER"],
  "questions:edit": ["ADMIN", "INTERVIEWER"],
  "questions:import": ["ADMIN", "INTERVIEWER"],
  /** The JSON API (GET /api/questions…) is narrower than the pages: hiring managers read pages only. */
  "questions:api": ["ADMIN", "INTERVIEWER"],
  /** Choosing a bank's purpose (interview or practice) and copying interview questions into a practice bank. */
  "banks:manage": ["ADMIN", "INTERVIEWER"],
  /** Renaming, describing and deleting a bank: its name is the importer's key, and a delete is for good. */
  "banks:edit": ["ADMIN"],
  "kits:manage": ["ADMIN", "INTERVIEWER"],
  /** Deleting any kit, not only one's own. */
  "kits:delete-any": ["ADMIN"],
  "sessions:create": ["ADMIN", "INTERVIEWER"],
  "sessions:list": ["ADMIN", "INTERVIEWER", "HIRING_MANAGER"],
  /** Sitting on a panel and running the sessions one is assigned to (the cockpit, actions, notes, link). */
  "sessions:run": ["ADMIN", "INTERVIEWER"],
  /** Seeing every session (list and overview), not only the ones one is assigned to. */
  "sessions:view-all": ["ADMIN", "HIRING_MANAGER"],
  "scorecards:write": ["INTERVIEWER", "ADMIN"],
  "candidates:review": ["ADMIN", "HIRING_MANAGER"],
  "decisions:record": ["ADMIN", "HIRING_MANAGER"],
  /** A candidate's personal data: correcting their name and email. */
  "candidates:edit": ["ADMIN", "HIRING_MANAGER"],
  /** Merging two records of one person into one. */
  "candidates:merge": ["ADMIN", "HIRING_MANAGER"],
  /** Erasing a candidate and everything recorded about them (a data-protection request). */
  "candidates:erase": ["ADMIN", "HIRING_MANAGER"],
  "practice:use": ["CANDIDATE"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export type Actor = { id: string; role: Role };

export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  if (!actor) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(actor.role);
}

/** The roles holding a permission (for queries that pick users by it, such as a session's panel). */
export function rolesWith(permission: Permission): Role[] {
  return [...PERMISSIONS[permission]];
}

export type NavItem = { href: string; label: string; permission: Permission };

const NAV: NavItem[] = [
  { href: "/home", label: "Home", permission: "home:view" },
  { href: "/questions", label: "Questions", permission: "questions:read" },
  { href: "/kits", label: "Kits", permission: "kits:manage" },
  { href: "/sessions", label: "Sessions", permission: "sessions:list" },
  { href: "/candidates", label: "Candidates", permission: "candidates:review" },
  { href: "/practice", label: "Practice", permission: "practice:use" },
  { href: "/admin/users", label: "Users", permission: "users:manage" },
  { href: "/admin/settings", label: "Settings", permission: "settings:manage" },
  { href: "/admin/audit", label: "Audit log", permission: "audit:read" },
  { href: "/admin/mail", label: "Mail", permission: "mail:read" },
];

export function navFor(actor: Actor): NavItem[] {
  return NAV.filter((item) => can(actor, item.permission));
}

/**
 * Where a role lands after signing in ("/" redirects here). Staff start the day at /home (their
 * interviews, the scorecards they owe, candidates ready for a decision); candidates at /practice,
 * which is their home already: what is due, what to resume, how they are doing.
 */
export function homeFor(role: Role): string {
  return role === "CANDIDATE" ? "/practice" : "/home";
}
