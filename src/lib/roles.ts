import type { Role } from "./policy";

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: "Admin",
  INTERVIEWER: "Interviewer",
  HIRING_MANAGER: "Hiring manager",
  CANDIDATE: "Candidate",
};
