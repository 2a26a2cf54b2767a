"use server";

import { revalidatePath } from "next/cache";
import { actionOrigin } from "@/features/mail/origin";
import { authorizedAction } from "@/server/authorized-action";
import { editSession } from "./edit";
import { checkExposure } from "./exposure";
import { joinPath } from "./live/token";
import { cancelSession, createSession, regenerateJoinLink } from "./mutations";

// Server actions for the session pages. The join link is returned as a path: only its hash is
// stored, so this is the one moment it exists; the client shows it with its own origin.

export const createSessionAction = authorizedAction(async (user, input) => {
  const { id, token } = await createSession(user, input, { origin: await actionOrigin() });
  revalidatePath("/sessions");
  return { id, joinPath: joinPath(token) };
});

/** Edits a session before it starts; a renewed join link (the schedule changed) comes back as a path, once. */
export const updateSessionAction = authorizedAction(async (user, input) => {
  const { id, token } = await editSession(user, input, { origin: await actionOrigin() });
  revalidatePath(`/sessions/${id}`);
  revalidatePath("/sessions");
  return { id, joinPath: token ? joinPath(token) : null };
});

export const regenerateLinkAction = authorizedAction(async (user, input) => {
  const { token } = await regenerateJoinLink(user, input, { origin: await actionOrigin() });
  return { joinPath: joinPath(token) };
});

export const cancelSessionAction = authorizedAction(async (user, input) => {
  const { id } = await cancelSession(user, input);
  revalidatePath(`/sessions/${id}`);
  revalidatePath("/sessions");
  return null;
});

/** Which of these questions the candidate (by id or email) met before: asked in an interview, or practised alone (docs/decisions/exposure.md). */
export const checkExposureAction = authorizedAction(checkExposure);
