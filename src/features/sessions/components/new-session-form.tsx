"use client";

import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { PickedList } from "@/features/kits/components/picked-list";
import { QuestionPicker } from "@/features/kits/components/question-picker";
import { DEFAULT_BUDGET_MINUTES } from "@/features/kits/schemas";
import type { KitItemView, PickerBank } from "@/features/kits/types";
import { localInputToIso } from "@/lib/datetime-input";
import { detectedTimeZone } from "@/lib/time-zone";
import { useAction } from "@/lib/use-action";
import { createSessionAction } from "../actions";
import { rememberJoinLink } from "./join-link-panel";
import { ExposureWarning } from "./exposure-warning";
import { useExposure } from "./use-exposure";

type KitChoice = { id: string; name: string; questionCount: number; questions: Array<{ id: string; title: string }> };

const splitEmails = (text: string) => text.split(/[\s,;]+/).map((e) => e.trim()).filter(Boolean);

/** Errors of every `prefix.N` key, joined: list fields report per item. */
function listErrors(errors: Record<string, string[]> | undefined, prefix: string): string[] | undefined {
  if (!errors) return undefined;
  const found = Object.entries(errors).filter(([key]) => key === prefix || key.startsWith(`${prefix}.`)).flatMap(([, messages]) => messages);
  return found.length ? found : undefined;
}

const noSubscription = () => () => undefined;

/** The browser's zone, read after hydration (the server cannot know it): "" until then. */
export function useBrowserZone(): string {
  return useSyncExternalStore(noSubscription, () => detectedTimeZone() ?? "UTC", () => "");
}

export function NewSessionForm({ kits, banks, initialKitId }: { kits: KitChoice[]; banks: PickerBank[]; initialKitId?: string }) {
  const router = useRouter();
  const [source, setSource] = useState<"kit" | "pick">(kits.length ? "kit" : "pick");
  const [kitId, setKitId] = useState(initialKitId ?? kits[0]?.id ?? "");
  const [items, setItems] = useState<KitItemView[]>([]);
  const { run, pending, error } = useAction();
  const [candidateEmail, setCandidateEmail] = useState("");
  const [candidateName, setCandidateName] = useState("");
  const picked = source === "kit" ? (kits.find((kit) => kit.id === kitId)?.questions ?? []) : items;
  const seen = useExposure(candidateEmail, picked);
  const zone = useBrowserZone();

  function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    const payload = {
      candidateName: String(data.get("candidateName") ?? ""),
      candidateEmail: String(data.get("candidateEmail") ?? ""),
      title: String(data.get("title") ?? ""),
      interviewerEmails: splitEmails(String(data.get("interviewerEmails") ?? "")),
      scheduledAt: localInputToIso(String(data.get("scheduledAt") ?? "")),
      durationMinutes: data.get("durationMinutes") ? Number(data.get("durationMinutes")) : undefined,
      videoUrl: String(data.get("videoUrl") ?? ""),
      ...(source === "kit"
        ? { kitId: kitId || undefined, questionIds: kitId ? undefined : [] }
        : { questionIds: items.map((item) => item.id), budgets: items.map((item) => Math.round(item.budgetMinutes * 60)) }),
    };
    run(createSessionAction, payload, (created) => {
      rememberJoinLink(created.id, created.joinPath);
      router.push(`/sessions/${created.id}`);
    });
  }

  const fe = error?.fieldErrors;
  return (
    <form noValidate className="space-y-6" onSubmit={(event) => { event.preventDefault(); submit(event.currentTarget); }}>
      {error && !fe ? <Alert>{error.message}</Alert> : null}
      {fe ? <Alert>Check the highlighted fields.</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <InputField id="candidateName" label="Candidate name" errors={fe?.candidateName} required autoComplete="off" onChange={(e) => setCandidateName(e.target.value)} />
        <InputField id="candidateEmail" label="Candidate email (optional)" errors={fe?.candidateEmail} type="email" autoComplete="off" onChange={(e) => setCandidateEmail(e.target.value)} />
        <InputField id="title" label="Title (optional)" errors={fe?.title} hint="Defaults to the kit's name." />
      </div>

      <fieldset className="space-y-3">
        <legend className="font-semibold">Questions</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          <label className="inline-flex items-center gap-2">
            <input type="radio" name="source" checked={source === "kit"} onChange={() => setSource("kit")} disabled={!kits.length} /> From a kit
          </label>
          <label className="inline-flex items-center gap-2">
            <input type="radio" name="source" checked={source === "pick"} onChange={() => setSource("pick")} /> Pick questions
          </label>
        </div>
        {source === "kit" ? (
          <SelectField
            id="kitId"
            label="Kit"
            errors={fe?.kitId ?? listErrors(fe, "questionIds")}
            invalid={!!fe?.kitId}
            value={kitId}
            onChange={(e) => setKitId(e.target.value)}
            options={kits.map((kit) => [kit.id, `${kit.name} (${kit.questionCount} questions)`])}
          />
        ) : (
          <div className="space-y-4">
            {listErrors(fe, "questionIds") ? <p role="alert" className="text-sm text-danger">{listErrors(fe, "questionIds")!.join(" ")}</p> : null}
            <PickedList items={items} onChange={setItems} errors={fe} />
            <QuestionPicker banks={banks} pickedIds={new Set(items.map((i) => i.id))} onAdd={(q) => setItems((current) => [...current, { ...q, budgetMinutes: DEFAULT_BUDGET_MINUTES }])} />
          </div>
        )}
      </fieldset>

      <div aria-live="polite">
        <ExposureWarning candidateName={candidateName} items={seen} />
      </div>

      <InputField
        id="interviewerEmails"
        label="Other interviewers (optional)"
        errors={listErrors(fe, "interviewerEmails")}
        hint="Emails of interviewers or admins, separated by commas. You are on the panel already."
        placeholder="colleague@example.com"
        autoComplete="off"
      />

      <fieldset className="space-y-3">
        <legend className="font-semibold">Schedule (optional)</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <InputField id="scheduledAt" label="Starts at" type="datetime-local" errors={fe?.scheduledAt} hint={zone ? `Your time zone: ${zone}` : undefined} />
          <InputField id="durationMinutes" label="Length in minutes" type="number" min={5} max={480} errors={fe?.durationMinutes} hint="Defaults to the questions' time." />
          <InputField id="videoUrl" label="Video call link" type="url" placeholder="https://meet.example.com/…" errors={fe?.videoUrl} />
        </div>
        <p className="text-sm text-muted">With a start time, the candidate (if you gave an email) and the panel get an invitation with a calendar entry.</p>
      </fieldset>

      <Button type="submit" disabled={pending}>{pending ? "Creating…" : "Create session"}</Button>
    </form>
  );
}
