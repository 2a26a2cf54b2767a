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

/** Create or edit a kit: name, description, and an ordered list of questions with budgets. */
export function KitEditor({ kit, banks }: { kit: KitDetail | null; banks: PickerBank[] }) {
  const router = useRouter();
  const [name, setName] = useState(kit?.name ?? "");
  const [description, setDescription] = useState(kit?.description ?? "");
  const [items, setItems] = useState<KitItemView[]>(kit?.items ?? []);
  const save = useAction();
  const [saved, setSaved] = useState(false);

  const fe = save.error?.fieldErrors;
  return (
    <form
      noValidate
      className="space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        save.run(saveKitAction, { id: kit?.id, name, description, items: items.map((item) => ({ questionId: item.id, budgetMinutes: item.budgetMinutes })) }, ({ id }) => {
          setSaved(true);
          if (!kit) router.push(`/kits/${id}`);
          else router.refresh();
        });
      }}
    >
      {save.error && (!fe || fe._) ? <Alert>{save.error.message}</Alert> : null}
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
