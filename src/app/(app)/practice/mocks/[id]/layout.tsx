import type { ReactNode } from "react";
import { getMockCandidateView } from "@/features/practice/mock/queries";
import { idParamsSchema } from "@/lib/ids";
import { requirePageUserAndParams } from "@/server/page-auth";
import { guardPage } from "@/server/page-guard";

// Checked here, above any loading boundary, so another candidate's mock is a real 404.
export default async function Layout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { user, id } = await requirePageUserAndParams("practice:use", "/practice/mocks/[id]", params, idParamsSchema);
  await guardPage(() => getMockCandidateView(user, id));
  return children;
}
