// Who may do what with the question bank. Pure, so it is tested as a table (policy.test.ts).
// Builds on the role table in src/lib/policy.ts; the JSON API is narrower than the pages: the
// issue grants it to interviewers and admins, so hiring managers read pages but not the API.
import { AppError } from "../../lib/app-error";
import { can, type Actor } from "../../lib/policy";

export type QuestionAbility = "read" | "edit" | "import" | "api";

export function canQuestions(actor: Actor | null | undefined, ability: QuestionAbility): boolean {
  switch (ability) {
    case "read":
      return can(actor, "questions:read");
    case "edit":
      return can(actor, "questions:edit");
    case "import":
      return can(actor, "questions:import");
    case "api":
      return !!actor && (actor.role === "ADMIN" || actor.role === "INTERVIEWER");
  }
}

/** Throws the error the caller maps to 401/403: no actor means not signed in. */
export function assertQuestions(actor: Actor | null | undefined, ability: QuestionAbility): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
  if (!canQuestions(actor, ability)) throw new AppError("FORBIDDEN", "You do not have access to this");
}
