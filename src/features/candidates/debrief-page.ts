import "server-only";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUser } from "@/server/page-auth";
import { guardPage, pageParams } from "@/server/page-guard";
import { getDebrief } from "./queries";

/**
 * What the debrief page and its print view both start with: a reviewer (else sign-in, coming
 * back to `returnPath`), a well-formed id (else 404), and the debrief the reviewer may see.
 */
export async function loadDebriefPage(params: Promise<{ id: string }>, returnPath: (id: string) => string) {
  const raw = await params;
  const user = await requirePageUser("candidates:review", returnPath(encodeURIComponent(raw.id)));
  const { id } = pageParams(raw, idParamsSchema);
  const debrief = await guardPage(() => getDebrief(user, id));
  return { user, debrief };
}
