"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { InputField, TextareaField } from "@/components/ui/field";
import { Alert } from "@/components/ui/states";
import { useAction } from "@/lib/use-action";
import { saveKitAction } from "../actions";
import { DEFAULT_BUDGET_MINUTES } from "../schemas";
import type { KitDetail, KitItemView, PickerBank } from "../types";
import { PickedList } from "./picked-list";
import { QuestionPicker } from "./question-picker";

/**
 * Create or edit a kit: name, description, and an ordered list of questions with budgets. An edit
 * is saved against the revision it started from; if someone saved the kit meanwhile, the editor
 * shows it and lets the user keep their version (saved over it) or take the saved one.
 */
export function KitEditor({ kit, banks }: { kit: KitDetail | null; banks: PickerBank[] }) {
  const router = useRouter();
  const [name, setName] = useState(kit?.name ?? "");
  const [description, setDescription] = useState(kit?.description ?? "");
  const [items, setItems] = useState<KitItemView[]>(kit?.items ?? []);
  const [revision, setRevision] = useState(kit?.revision ?? 0);
  const save = useAction();
  const [saved, setSaved] = useState(false);
  const theirs = save.error?.code === "CONFLICT" ? (save.error.current as KitDetail | undefined) : undefined;

  const submit = (basedOn: number) =>
    save.run(saveKitAction, { id: kit?.id, revision: kit ? basedOn : undefined, name, description, items: items.map((item) => ({ questionId: item.id, budgetMinutes: item.budgetMinutes })) }, (result) => {
      setSaved(true);
      setRevision(result.revision);
      if (!kit) router.push(`/kits/${result.id}`);
      else router.refresh();
    });
  const takeTheirs = (current: KitDetail) => {
    setName(current.name);
    setDescription(current.description);
    setItems(current.items);
    setRevision(current.revision);
    save.setError(null);
  };

  const fe = save.error?.fieldErrors;
  return (
    <form
      noValidate
      className="space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        submit(revision);
      }}
    >
      {theirs ? (
        <div role="alert" className="space-y-3 rounded-md border border-warn p-4 text-sm" data-testid="kit-conflict">
          <p className="font-medium">Someone saved this kit since you opened it. Nothing of yours was saved yet.</p>
          <p className="text-muted">
            Saved version: “{theirs.name}”, {theirs.items.length} question{theirs.items.length === 1 ? "" : "s"}: {theirs.items.map((item) => item.title).join("; ")}.
          </p>
          <div className="flex flex-wrap gap-3">
            <Button onClick={() => submit(theirs.revision)} disabled={save.pending}>Keep my version</Button>
            <Button variant="secondary" onClick={() => takeTheirs(theirs)} disabled={save.pending}>Use the saved version</Button>
          </div>
        </div>
      ) : null}
      {save.error && !theirs && (!fe || fe._) ? <Alert>{save.error.message}</Alert> : null}
      {saved && kit && !save.error ? <Alert tone="ok">Kit saved.</Alert> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField id="kit-name" label="Name" errors={fe?.name} value={name} onChange={(e) => { setName(e.target.value); setSaved(false); }} required />
        <TextareaField id="kit-description" label="Description" errors={fe?.description} rows={2} value={description} onChange={(e) => { setDescription(e.target.value); setSaved(false); }} />
      </div>
      <section aria-labelledby="kit-questions">
        <h2 id="kit-questions" className="mb-2 font-semibold">Questions, in order</h2>
        {fe?.items ? <p className="mb-2 text-sm text-danger" role="alert">{fe.items.join(" ")}</p> : null}
        <PickedList items={items} onChange={(next) => { setItems(next); setSaved(false); }} errors={fe} />
      </section>
      <QuestionPicker
        banks={banks}
        pickedIds={new Set(items.map((item) => item.id))}
        onAdd={(question) => { setItems((current) => [...current, { ...question, budgetMinutes: DEFAULT_BUDGET_MINUTES }]); setSaved(false); }}
      />
      <div className="flex gap-3">
        <Button type="submit" disabled={save.pending}>{save.pending ? "Saving…" : kit ? "Save kit" : "Create kit"}</Button>
      </div>
    </form>
  );
}
