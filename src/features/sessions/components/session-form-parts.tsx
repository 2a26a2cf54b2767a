"use client";

import type { ReactNode } from "react";
import { InputField } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { PickedList } from "@/features/kits/components/picked-list";
import { QuestionPicker } from "@/features/kits/components/question-picker";
import { DEFAULT_BUDGET_MINUTES } from "@/features/kits/schemas";
import type { KitItemView, PickerBank } from "@/features/kits/types";
import type { ActionError } from "@/lib/app-error";
import { isoToZonedInput, zonedInputToIso } from "@/lib/datetime-input";
import { useTimeZone } from "@/lib/time-zone-context";
import { ExposureWarning, type SeenQuestion } from "./exposure-warning";

// The parts the new-session and edit-session forms share, so both read, check and warn alike:
// the picked questions with their exposure warning, the panel, and the schedule (entered in the
// viewer's zone, which is named).

export type FormErrors = Record<string, string[]> | undefined;

/** Both forms' frame: sent without a page load, the refusal summed up above the fields. */
export function SessionFormFrame({ error, onSubmit, children }: { error: ActionError | null; onSubmit: (form: HTMLFormElement) => void; children: ReactNode }) {
  return (
    <form noValidate className="space-y-6" onSubmit={(event) => { event.preventDefault(); onSubmit(event.currentTarget); }}>
      {error && !error.fieldErrors ? <Alert>{error.message}</Alert> : null}
      {error?.fieldErrors ? <Alert>Check the highlighted fields.</Alert> : null}
      {children}
    </form>
  );
}

export const splitEmails = (text: string) => text.split(/[\s,;]+/).map((e) => e.trim()).filter(Boolean);

/** Errors of every `prefix.N` key, joined: list fields report per item. */
export function listErrors(errors: FormErrors, prefix: string): string[] | undefined {
  if (!errors) return undefined;
  const found = Object.entries(errors).filter(([key]) => key === prefix || key.startsWith(`${prefix}.`)).flatMap(([, messages]) => messages);
  return found.length ? found : undefined;
}

/** The picked questions in order (Up/Down), their budgets, and the bank picker to add more. */
export function QuestionPicks({ items, onChange, banks, errors }: { items: KitItemView[]; onChange: (items: KitItemView[]) => void; banks: PickerBank[]; errors: FormErrors }) {
  const problems = listErrors(errors, "questionIds");
  return (
    <div className="space-y-4">
      {problems ? <p role="alert" className="text-sm text-danger">{problems.join(" ")}</p> : null}
      <PickedList items={items} onChange={onChange} errors={errors} />
      <QuestionPicker banks={banks} pickedIds={new Set(items.map((i) => i.id))} onAdd={(q) => onChange([...items, { ...q, budgetMinutes: DEFAULT_BUDGET_MINUTES }])} />
    </div>
  );
}

export const budgetsOf = (items: KitItemView[]) => items.map((item) => Math.round(item.budgetMinutes * 60));

/** The exposure warning, announced politely as the picks or the candidate change. */
export function ExposureNotice({ candidateName, seen }: { candidateName?: string; seen: SeenQuestion[] }) {
  return (
    <div aria-live="polite">
      <ExposureWarning candidateName={candidateName} items={seen} />
    </div>
  );
}

export function PanelField({ errors, defaultValue }: { errors: FormErrors; defaultValue?: string }) {
  return (
    <InputField
      id="interviewerEmails"
      label="Other interviewers (optional)"
      errors={listErrors(errors, "interviewerEmails")}
      hint="Emails of interviewers or admins, separated by commas. You are on the panel already."
      placeholder="colleague@example.com"
      autoComplete="off"
      defaultValue={defaultValue}
    />
  );
}

export type ScheduleValues = { scheduledAt: string | null; durationMinutes: number | null; videoUrl: string | null };

/** The schedule fieldset: the start in the viewer's zone (named), the length and the video link. */
export function ScheduleFields({ errors, initial, note }: { errors: FormErrors; initial?: ScheduleValues; note: string }) {
  const { timeZone } = useTimeZone();
  return (
    <fieldset className="space-y-3">
      <legend className="font-semibold">Schedule (optional)</legend>
      <div className="grid gap-4 sm:grid-cols-3">
        <InputField id="scheduledAt" label="Starts at" type="datetime-local" errors={errors?.scheduledAt} hint={`Your time zone: ${timeZone}`} defaultValue={isoToZonedInput(initial?.scheduledAt, timeZone)} />
        <InputField id="durationMinutes" label="Length in minutes" type="number" min={5} max={480} errors={errors?.durationMinutes} hint="Defaults to the questions' time." defaultValue={initial?.durationMinutes ?? undefined} />
        <InputField id="videoUrl" label="Video call link" type="url" placeholder="https://meet.example.com/…" errors={errors?.videoUrl} defaultValue={initial?.videoUrl ?? undefined} />
      </div>
      <p className="text-sm text-muted">{note}</p>
    </fieldset>
  );
}

/** The panel and the schedule as the form holds them: the start as an instant with the viewer's offset; empty fields undefined. */
export function useReadSharedFields() {
  const { timeZone } = useTimeZone();
  return (data: FormData) => ({
    scheduledAt: zonedInputToIso(String(data.get("scheduledAt") ?? ""), timeZone),
    durationMinutes: data.get("durationMinutes") ? Number(data.get("durationMinutes")) : undefined,
    videoUrl: String(data.get("videoUrl") ?? ""),
    interviewerEmails: splitEmails(String(data.get("interviewerEmails") ?? "")),
  });
}
