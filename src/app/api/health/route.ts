import { NextResponse } from "next/server";
import { withNoStore } from "@/lib/security-headers";
import { db } from "@/server/db";

export const dynamic = "force-dynamic";

// Public on purpose (load balancers call it) and says nothing but whether the database answers.
export async function GET() {
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 3000)),
    ]);
    return withNoStore(NextResponse.json({ ok: true, db: "up" }));
  } catch {
    return withNoStore(NextResponse.json({ ok: false, db: "down" }, { status: 503 }));
  }
}
