"use server";

import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/lib/app-error";
import { requireUser } from "@/server/auth";
import { runAction } from "@/server/errors";
import { joinPath } from "./live/token";
import { cancelSession, createSession, regenerateJoinLink } from "./mutations";

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
    const user = await requireUser();
    const { token } = await regenerateJoinLink(user, input);
    return { joinPath: joinPath(token) };
  });
}

export async function cancelSessionAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requireUser();
    const { id } = await cancelSession(user, input);
    revalidatePath(`/sessions/${id}`);
    revalidatePath("/sessions");
    return null;
  });
}
