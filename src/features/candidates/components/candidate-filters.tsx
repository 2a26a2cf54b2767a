import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/app-error";
import { levelOptions } from "@/lib/levels";
import { CANDIDATE_SORTS, SORT_LABELS } from "../schemas";
import { CANDIDATE_STATUSES, STATUS_LABELS } from "../status";

const STATUS_OPTIONS = CANDIDATE_STATUSES.map((status) => [status, STATUS_LABELS[status]] as const);
const SORT_OPTIONS = CANDIDATE_SORTS.map((sort) => [sort, SORT_LABELS[sort]] as const);

/** The list's filters as a plain GET form: works without JavaScript and the URL is shareable. */
export function CandidateFilters({ values, errors }: { values: Record<string, string | undefined>; errors?: FieldErrors }) {
  return (
    <form method="get" action="/candidates" className="mb-6 grid gap-3 rounded-lg border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-7" aria-label="Filter candidates">
      <div className="lg:col-span-2">
        <InputField id="q" label="Name or email" errors={errors?.q} defaultValue={values.q ?? ""} />
      </div>
      <SelectField id="level" label="Level" errors={errors?.level} defaultValue={values.level ?? ""} empty="Any level" options={levelOptions()} />
      <SelectField id="status" label="Status" errors={errors?.status} defaultValue={values.status ?? ""} empty="Any status" options={STATUS_OPTIONS} />
      <InputField id="from" label="Interviewed from" errors={errors?.from} type="date" defaultValue={values.from ?? ""} />
      <InputField id="to" label="Interviewed until" errors={errors?.to} type="date" defaultValue={values.to ?? ""} />
      <SelectField id="sort" label="Order" errors={errors?.sort} defaultValue={values.sort ?? "recent"} options={SORT_OPTIONS} />
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-7">
        <button type="submit" className={buttonClass("primary")}>Filter</button>
        <Link href="/candidates" className={buttonClass("ghost")}>Clear</Link>
      </div>
    </form>
  );
}
