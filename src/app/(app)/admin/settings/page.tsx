import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui/states";
import { BlindModeForm } from "@/features/scorecards/components/blind-mode-form";
import { getBlindMode } from "@/features/scorecards/settings";
import { requirePageUser } from "@/server/page-auth";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requirePageUser("settings:manage", "/admin/settings");
  const mode = await getBlindMode();
  return (
    <>
      <PageHeader title="Settings" />
      <Card>
        <h2 className="mb-1 font-semibold">Blind review</h2>
        <p className="mb-4 text-sm text-muted">
          Applies per candidate: with “Blind until submitted”, someone on the panel of any of a candidate&apos;s interviews sees no other
          interviewer&apos;s scorecard for that candidate until they have submitted their own for each of those interviews. Hiring
          managers and admins who are not on the panel always see every scorecard.
        </p>
        <BlindModeForm current={mode} />
      </Card>
    </>
  );
}
