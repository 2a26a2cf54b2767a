"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useAdoptEarlyChoice } from "@/components/ui/early-input";
import { InputField, SelectField } from "@/components/ui/field";
import type { KitItemView, PickerBank } from "@/features/kits/types";
import { useAction } from "@/lib/use-action";
import { createSessionAction } from "../actions";
import { rememberJoinLink } from "./join-link-panel";
import { budgetsOf, ExposureNotice, SessionFormFrame, listErrors, PanelField, QuestionPicks, ScheduleFields, useReadSharedFields } from "./session-form-parts";
import { useExposure } from "./use-exposure";

type KitChoice = { id: string; name: string; questionCount: number; questions: Array<{ id: string; title: string }> };

const SOURCES = ["kit", "pick"] as const;

export function NewSessionForm({ kits, banks, initialKitId }: { kits: KitChoice[]; banks: PickerBank[]; initialKitId?: string }) {
  const router = useRouter();
  const [source, setSource] = useState<"kit" | "pick">(kits.length ? "kit" : "pick");
  useAdoptEarlyChoice("source", source, SOURCES, setSource);
  const [kitId, setKitId] = useState(initialKitId ?? kits[0]?.id ?? "");
  const [items, setItems] = useState<KitItemView[]>([]);
  const { run, pending, error } = useAction();
  const [candidateEmail, setCandidateEmail] = useState("");
  const [candidateName, setCandidateName] = useState("");
  const picked = source === "kit" ? (kits.find((kit) => kit.id === kitId)?.questions ?? []) : items;
  const seen = useExposure({ email: candidateEmail }, picked);
  const readShared = useReadSharedFields();

  function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    const payload = {
      candidateName: String(data.get("candidateName") ?? ""),
      candidateEmail: String(data.get("candidateEmail") ?? ""),
      title: String(data.get("title") ?? ""),
      ...readShared(data),
      ...(source === "kit"
        ? { kitId: kitId || undefined, questionIds: kitId ? undefined : [] }
        : { questionIds: items.map((item) => item.id), budgets: budgetsOf(items) }),
    };
    run(createSessionAction, payload, (created) => {
      rememberJoinLink(created.id, created.joinPath);
      router.push(`/sessions/${created.id}`);
    });
  }

  const fe = error?.fieldErrors;
  return (
    <SessionFormFrame error={error} onSubmit={submit}>
      <div className="grid gap-4 sm:grid-cols-3">
        <InputField id="candidateName" label="Candidate name" errors={fe?.candidateName} required autoComplete="off" onChange={(e) => setCandidateName(e.target.value)} />
        <InputField id="candidateEmail" label="Candidate email (optional)" errors={fe?.candidateEmail} type="email" autoComplete="off" onChange={(e) => setCandidateEmail(e.target.value)} />
        <InputField id="title" label="Title (optional)" errors={fe?.title} hint="Defaults to the kit's name." />
      </div>

      <fieldset className="space-y-3">
        <legend className="font-semibold">Questions</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          <label className="inline-flex items-center gap-2">
            <input type="radio" name="source" value="kit" checked={source === "kit"} onChange={() => setSource("kit")} disabled={!kits.length} /> From a kit
          </label>
          <label className="inline-flex items-center gap-2">
            <input type="radio" name="source" value="pick" checked={source === "pick"} onChange={() => setSource("pick")} /> Pick questions
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
          <QuestionPicks items={items} onChange={setItems} banks={banks} errors={fe} />
        )}
      </fieldset>

      <ExposureNotice candidateName={candidateName} seen={seen} />
      <PanelField errors={fe} />
      <ScheduleFields errors={fe} note="With a start time, the candidate (if you gave an email) and the panel get an invitation with a calendar entry." />

      <Button type="submit" disabled={pending}>{pending ? "Creating…" : "Create session"}</Button>
    </SessionFormFrame>
  );
}
