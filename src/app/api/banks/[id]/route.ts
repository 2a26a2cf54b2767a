import { NextResponse } from "next/server";
import { setBankPurpose } from "@/features/banks/mutations";
import { idParamsSchema } from "@/lib/ids";
import { requireUser } from "@/server/auth";
import { handler } from "@/server/errors";
import { readJson } from "@/server/http";
import { pathParams } from "@/server/params";

export const dynamic = "force-dynamic";

// PATCH /api/banks/:id {purpose: "interview"|"practice"} → the bank as GET /api/banks lists it.
// For admins and interviewers (banks:manage); audited. docs/api.md, "Banks".
export const PATCH = handler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { id } = pathParams(await params, idParamsSchema, "No such bank");
  const body = await readJson(request);
  // The bank comes from the path; only `purpose` is read from the body (a body that is not an
  // object has none, and is told so as a field error).
  const purpose = body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>).purpose : undefined;
  return NextResponse.json(await setBankPurpose(user, { bankId: id, purpose }));
});
