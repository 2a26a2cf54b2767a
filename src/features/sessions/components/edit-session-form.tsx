"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { InputField } from "@/components/ui/field";
import type { KitItemView, PickerBank } from "@/features/kits/types";
import { isoToZonedInput } from "@/lib/datetime-input";
import { useTimeZone } from "@/lib/time-zone-context";
import { useAction } from "@/lib/use-action";
import { updateSessionAction } from "../actions";
import type { SessionEditView } from "../types";
import { rememberJoinLink } from "./join-link-panel";
import { budgetsOf, ExposureNotice, SessionFormFrame, PanelField, QuestionPicks, ScheduleFields, useReadSharedFields } from "./session-form-parts";
import { useExposure } from "./use-exposure";

const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((value, index) => value === b[index]);

/**
 * Edits a session before it starts: the create form's fields and warnings, prefilled. Only what
 * changed is sent, so an untouched start time (shown to the minute) never counts as a reschedule,
 * which would mail everyone and renew the candidate's link.
 */
export function EditSessionForm({ session, banks }: { session: SessionEditView; banks: PickerBank[] }) {
  const router = useRouter();
  const [items, setItems] = useState<KitItemView[]>(session.questions);
  const { run, pending, error } = useAction();
  const seen = useExposure({ id: session.candidate.id, email: session.candidate.email }, items);
  const readShared = useReadSharedFields();
  const { timeZone } = useTimeZone();
  const initial = { scheduledAt: session.scheduledAt, durationMinutes: session.durationMinutes, videoUrl: session.videoUrl };

  function changesIn(form: HTMLFormElement) {
    const data = new FormData(form);
    const now = readShared(data);
    const changes: Record<string, unknown> = {};
    const title = String(data.get("title") ?? "").trim();
    if (title !== session.title) changes.title = title;
    const startField = String(data.get("scheduledAt") ?? "");
    if (startField !== isoToZonedInput(session.scheduledAt, timeZone)) changes.scheduledAt = now.scheduledAt ?? null;
    if (now.durationMinutes !== undefined && now.durationMinutes !== session.durationMinutes) changes.durationMinutes = now.durationMinutes;
    if ((now.videoUrl || null) !== session.videoUrl) changes.videoUrl = now.videoUrl || null;
    if (!sameList(now.interviewerEmails, session.otherInterviewerEmails)) changes.interviewerEmails = now.interviewerEmails;
    const budgets = budgetsOf(items);
    if (!sameList(items.map((i) => i.id), session.questions.map((q) => q.id)) || !sameList(budgets, budgetsOf(session.questions))) {
      changes.questionIds = items.map((i) => i.id);
      changes.budgets = budgets;
    }
    return changes;
  }

  function submit(form: HTMLFormElement) {
    const changes = changesIn(form);
    if (!Object.keys(changes).length) return router.push(`/sessions/${session.id}`);
    run(updateSessionAction, { id: session.id, changes }, (saved) => {
      if (saved.joinPath) rememberJoinLink(saved.id, saved.joinPath);
      router.push(`/sessions/${saved.id}`);
    });
  }

  const fe = error?.fieldErrors;
  return (
    <SessionFormFrame error={error} onSubmit={submit}>
      <div className="grid gap-4 sm:grid-cols-3">
        <InputField id="title" label="Title" errors={fe?.title} defaultValue={session.title} required />
        <div className="text-sm sm:col-span-2">
          <p className="text-muted">Candidate</p>
          <p>{session.candidate.name}{session.candidate.email ? ` · ${session.candidate.email}` : ""}</p>
        </div>
      </div>

      <fieldset className="space-y-3">
        <legend className="font-semibold">Questions</legend>
        <QuestionPicks items={items} onChange={setItems} banks={banks} errors={fe} />
      </fieldset>

      <ExposureNotice candidateName={session.candidate.name} seen={seen} />
      <PanelField errors={fe} defaultValue={session.otherInterviewerEmails.join(", ")} />
      <ScheduleFields
        errors={fe}
        initial={initial}
        note="A new time, length or video link is mailed to the candidate (with a new join link) and the panel; panelists you add are invited, those you remove are told it is off."
      />

      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>{pending ? "Saving…" : "Save changes"}</Button>
        <Link href={`/sessions/${session.id}`} className={buttonClass("secondary")}>Cancel</Link>
      </div>
    </SessionFormFrame>
  );
}
