// Practice's calls to the JSON API (docs/api.md, "Practice feedback"). Client-side, no server imports.
import { apiFetch } from "@/lib/api-client";
import type { AnswerFeedback } from "../feedback/compare";
import type { FeedbackRequest } from "../schemas";

export type { AnswerFeedback };

export const postFeedback = (request: FeedbackRequest, signal?: AbortSignal) =>
  apiFetch<AnswerFeedback>("/api/practice/feedback", { method: "POST", body: request, signal });
