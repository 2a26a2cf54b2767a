import "server-only";
import { notFound } from "next/navigation";
import { guardPage } from "@/features/sessions/page-guard";
import { requirePageUser } from "@/server/page-auth";
import { getDebrief } from "./queries";
import { candidateParamsSchema } from "./schemas";

/**
 * What the debrief page and its print view both start with: a well-formed id (else 404), a reviewer
 * (else sign-in, coming back to `returnPath`), and the debrief the reviewer may see.
 */
export async function loadDebriefPage(params: Promise<{ id: string }>, returnPath: (id: string) => string) {
  const parsed = candidateParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const user = await requirePageUser("candidates:review", returnPath(parsed.data.id));
  const debrief = await guardPage(() => getDebrief(user, parsed.data.id));
  return { user, debrief };
}
