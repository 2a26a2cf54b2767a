"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/app-error";
import { requirePermission, requireUser } from "@/server/auth";
import { runAction } from "@/server/errors";
import { joinPath } from "./live/token";
import { applySessionAction, createSession, regenerateJoinLink } from "./mutations";
import { sessionParamsSchema } from "./schemas";

// Server actions for the session pages. The join link is returned as a path: only its hash is
// stored, so this is the one moment it exists; the client shows it with its own origin.

export async function createSessionAction(input: unknown): Promise<ActionResult<{ id: string; joinPath: string }>> {
  return runAction(async () => {
    const user = await requireUser();
    const { id, token } = await createSession(user, input);
    revalidatePath("/sessions");
    return { id, joinPath: joinPath(token) };
  });
}

export async function regenerateLinkAction(input: unknown): Promise<ActionResult<{ joinPath: string }>> {
  return runAction(async () => {
    // The role gate comes before parsing, so a caller who may never run a session learns nothing.
    const user = await requirePermission("sessions:create");
    const { id } = sessionParamsSchema.parse(input);
    const { token } = await regenerateJoinLink(user, id);
    return { joinPath: joinPath(token) };
  });
}

export async function cancelSessionAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requirePermission("sessions:create");
    const { id } = sessionParamsSchema.parse(input);
    await applySessionAction(user, id, { type: "cancel" });
    revalidatePath(`/sessions/${id}`);
    revalidatePath("/sessions");
    return null;
  });
}
