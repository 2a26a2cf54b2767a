import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { Card, PageHeader } from "@/components/ui/states";
import { CandidateDataForm } from "@/features/candidates/components/candidate-data-form";
import { EraseCandidate } from "@/features/candidates/components/erase-candidate";
import { MergeRecords } from "@/features/candidates/components/merge-records";
import { findOtherRecords, getCandidateRecord } from "@/features/candidates/personal-data";
import { mergeSearchSchema } from "@/features/candidates/schemas";
import { idParamsSchema } from "@/lib/ids";
import { can } from "@/lib/policy";
import { requirePageUserAndParams } from "@/server/page-auth";
import { guardPage } from "@/server/page-guard";

export const metadata: Metadata = { title: "Personal data" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CandidateDataPage({ params, searchParams }: Props) {
  const { user, id } = await requirePageUserAndParams("candidates:edit", "/candidates/[id]/personal-data", params, idParamsSchema);
  const record = await guardPage(() => getCandidateRecord(user, id));
  // Without a search, the likely duplicates: other records with this name.
  const find = mergeSearchSchema.parse(await searchParams).find ?? (record.anonymised ? undefined : record.name);
  const others = can(user, "candidates:merge") ? await findOtherRecords(user, id, find) : [];

  return (
    <>
      <PageHeader title={`Personal data: ${record.name}`}>
        <Link href={`/candidates/${id}`} className="text-sm underline">Back to the debrief</Link>
      </PageHeader>
      <p className="-mt-4 mb-6 max-w-prose text-sm text-muted">
        What Probe holds about this candidate as a person, and what data-protection law asks a hiring tool to do with it: correct it,
        keep one record per person, and erase it on request. Every change here is audited without the personal data itself.
      </p>
      <div className="space-y-6">
        <Card>
          <h2 className="mb-4 font-semibold">Name and email</h2>
          <CandidateDataForm candidateId={id} name={record.name} email={record.email} />
        </Card>
        {can(user, "candidates:merge") ? (
          <Card className="space-y-4">
            <div>
              <h2 className="font-semibold">Merge a duplicate record</h2>
              <p className="text-sm text-muted">
                Two records of one person (a second email, a typo in the name): merging moves the other record&apos;s interviews and decisions
                here and removes it. This record keeps its name; it takes the other&apos;s email only if it has none.
              </p>
            </div>
            <form method="get" className="flex max-w-md items-end gap-2" role="search" aria-label="Find another record">
              <div className="flex-1 space-y-1">
                <label htmlFor="find" className="block text-sm font-medium">Find by name or email</label>
                <Input id="find" name="find" defaultValue={find ?? ""} />
              </div>
              <Button type="submit" variant="secondary">Find</Button>
            </form>
            <MergeRecords keep={{ id, name: record.name }} others={others} find={find} />
          </Card>
        ) : null}
        {can(user, "candidates:erase") ? (
          <Card className="space-y-4 border-danger">
            <div>
              <h2 className="font-semibold text-danger">Erase this candidate</h2>
              <p className="max-w-prose text-sm text-muted">
                For an erasure request. Removes this record, {record.sessions === 1 ? "its interview" : `its ${record.sessions} interviews`} with every
                note, rating, scorecard and code pad, and every decision. If a candidate account has the same email, its practice (runs, answers,
                schedule, share links) is erased too; the account itself stays. This cannot be undone; the audit log keeps only that a candidate
                was erased, and how much.
              </p>
            </div>
            <EraseCandidate candidateId={id} name={record.name} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
