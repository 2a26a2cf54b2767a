import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/app-error";
import { LEVEL_LABELS, LEVELS } from "@/lib/levels";
import { CANDIDATE_STATUSES, STATUS_LABELS } from "../status";

/** The list's filters as a plain GET form: works without JavaScript and the URL is shareable. */
export function CandidateFilters({ values, errors }: { values: Record<string, string | undefined>; errors?: FieldErrors }) {
  return (
    <form method="get" action="/candidates" className="mb-6 grid gap-3 rounded-lg border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-6" aria-label="Filter candidates">
      <div className="lg:col-span-2">
        <Field id="q" label="Name or email" errors={errors?.q}>
          <Input id="q" name="q" defaultValue={values.q ?? ""} />
        </Field>
      </div>
      <Field id="level" label="Level" errors={errors?.level}>
        <Select id="level" name="level" defaultValue={values.level ?? ""}>
          <option value="">Any level</option>
          {LEVELS.map((l) => <option key={l} value={l}>{LEVEL_LABELS[l]}</option>)}
        </Select>
      </Field>
      <Field id="status" label="Status" errors={errors?.status}>
        <Select id="status" name="status" defaultValue={values.status ?? ""}>
          <option value="">Any status</option>
          {CANDIDATE_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
        </Select>
      </Field>
      <Field id="from" label="Interviewed from" errors={errors?.from}>
        <Input id="from" name="from" type="date" defaultValue={values.from ?? ""} />
      </Field>
      <Field id="to" label="Interviewed until" errors={errors?.to}>
        <Input id="to" name="to" type="date" defaultValue={values.to ?? ""} />
      </Field>
      <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-6">
        <button type="submit" className={buttonClass("primary")}>Filter</button>
        <Link href="/candidates" className={buttonClass("ghost")}>Clear</Link>
      </div>
    </form>
  );
}
