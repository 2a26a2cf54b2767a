"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Field, Input, InputField, SelectField, TextareaField } from "@/components/ui/field";
import { Alert, Card } from "@/components/ui/states";
import { fieldErrorsOf } from "@/lib/field-errors";
import { levelOptions } from "@/lib/levels";
import { useAction } from "@/lib/use-action";
import { createQuestionAction, updateQuestionAction } from "../actions";
import { type Probe, type QuestionContent, type Section, type WrongAnswer } from "../content";
import { deriveKeyPoints } from "../key-points";
import { createQuestionSchema, updateQuestionSchema } from "../schemas";
import { ListEditor, withKey, type Keyed, type ListSpec } from "./list-editor";

type Mode =
  | { kind: "create"; banks: Array<{ id: string; name: string }>; defaultBankId?: string }
  | { kind: "edit"; id: string; version: number };

const NEW_BANK = "__new__";

// The question's three lists, in the order an interviewer reads them.
const WRONG_ANSWERS: ListSpec<WrongAnswer> = {
  legend: "Common wrong answers",
  noun: "wrong answer",
  path: "wrongAnswers",
  fields: [{ name: "answer", label: "Wrong statement", rows: 2 }, { name: "why", label: "Why it is wrong", rows: 2 }],
};
const PROBES: ListSpec<Probe> = {
  legend: "Probe chain",
  noun: "probe",
  path: "probes",
  fields: [{ name: "question", label: "Follow-up question", rows: 2 }, { name: "answer", label: "Expected answer", rows: 3 }],
};
const SECTIONS: ListSpec<Section> = {
  legend: "Further sections",
  noun: "section",
  path: "sections",
  fields: [{ name: "label", label: "Label", hint: "Fix, Detection, Better approach, …" }, { name: "body", label: "Body (Markdown)", rows: 4 }],
};

export function QuestionEditor({ mode, initial }: { mode: Mode; initial?: QuestionContent }) {
  const router = useRouter();
  const { run, pending, error, setError } = useAction();
  const [level, setLevel] = useState<string>(initial?.level ?? "JUNIOR");
  const [title, setTitle] = useState(initial?.title ?? "");
  const [prompt, setPrompt] = useState(initial?.prompt ?? "");
  const [modelAnswer, setModelAnswer] = useState(initial?.modelAnswer ?? "");
  const [wrongAnswers, setWrongAnswers] = useState<Array<Keyed<WrongAnswer>>>(() => (initial?.wrongAnswers ?? []).map(withKey));
  const [probes, setProbes] = useState<Array<Keyed<Probe>>>(() => (initial?.probes ?? []).map(withKey));
  const [sections, setSections] = useState<Array<Keyed<Section>>>(() => (initial?.sections ?? []).map(withKey));
  const [keyPoints, setKeyPoints] = useState((initial?.keyPoints ?? []).join("\n"));
  const [tags, setTags] = useState((initial?.tags ?? []).join(", "));
  const [bankChoice, setBankChoice] = useState(mode.kind === "create" ? (mode.defaultBankId ?? mode.banks[0]?.id ?? NEW_BANK) : "");
  const [newBankName, setNewBankName] = useState("");

  const strip = <T extends { key: string }>(items: T[]) => items.map(({ key: _key, ...rest }) => rest);

  function submit() {
    const content = { level, title, prompt, modelAnswer, wrongAnswers: strip(wrongAnswers), probes: strip(probes), sections: strip(sections), keyPoints, tags };
    const payload =
      mode.kind === "create"
        ? { ...content, bankId: bankChoice === NEW_BANK ? "" : bankChoice, newBankName: bankChoice === NEW_BANK ? newBankName : "" }
        : { ...content, id: mode.id, version: mode.version };
    // The server validates with the same schema; checking here first answers without a round trip.
    const check = (mode.kind === "create" ? createQuestionSchema : updateQuestionSchema).safeParse(payload);
    if (!check.success) {
      setError({ code: "VALIDATION", message: "Some fields need attention", fieldErrors: fieldErrorsOf(check.error) });
      return;
    }
    run<unknown, { id: string }>(mode.kind === "create" ? createQuestionAction : updateQuestionAction, payload, ({ id }) => {
      router.push(`/questions/${id}`);
      router.refresh();
    });
  }

  const fe = error?.fieldErrors;
  const count = fe ? Object.keys(fe).length : 0;
  return (
    <form
      noValidate
      aria-busy={pending}
      className="space-y-6"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {error ? <Alert>{error.code === "VALIDATION" ? `${error.message} (${count} ${count === 1 ? "field" : "fields"}).` : error.message}</Alert> : null}
      <Card className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          {mode.kind === "create" ? (
            <div className="space-y-2">
              <SelectField id="bank" label="Bank" errors={fe?.bankId} value={bankChoice} onChange={(e) => setBankChoice(e.target.value)} options={mode.banks.map((bank) => [bank.id, bank.name])}>
                <option value={NEW_BANK}>New bank…</option>
              </SelectField>
              {bankChoice === NEW_BANK ? (
                <InputField id="new-bank" label="New bank name" errors={fe?.newBankName} value={newBankName} onChange={(e) => setNewBankName(e.target.value)} />
              ) : null}
            </div>
          ) : null}
          <SelectField id="level" label="Level" errors={fe?.level} value={level} onChange={(e) => setLevel(e.target.value)} options={levelOptions()} />
        </div>
        <InputField id="title" label="Title" errors={fe?.title} value={title} onChange={(e) => setTitle(e.target.value)} />
        <TextareaField
          id="prompt"
          label="Prompt"
          errors={fe?.prompt}
          hint="Markdown. Fence code with ``` and a language for highlighting."
          rows={6}
          className="font-mono"
          value={prompt}
          onChange={(e) => setPrompt(e.target.value)}
        />
        <TextareaField id="model-answer" label="Model answer" errors={fe?.modelAnswer} hint="Markdown." rows={8} className="font-mono" value={modelAnswer} onChange={(e) => setModelAnswer(e.target.value)} />
        <KeyPointsField value={keyPoints} onChange={setKeyPoints} modelAnswer={modelAnswer} errors={keyPointErrors(fe)} />
        <Field id="tags" label="Tags" errors={fe?.tags ?? fe?.["tags.0"]} hint="Separated by commas, e.g. locks, go">
          <Input id="tags" value={tags} invalid={!!fe?.tags} onChange={(e) => setTags(e.target.value)} />
        </Field>
      </Card>
      <Card><ListEditor<WrongAnswer> {...WRONG_ANSWERS} items={wrongAnswers} onChange={setWrongAnswers} errors={fe} /></Card>
      <Card><ListEditor<Probe> {...PROBES} items={probes} onChange={setProbes} errors={fe} /></Card>
      <Card><ListEditor<Section> {...SECTIONS} items={sections} onChange={setSections} errors={fe} /></Card>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>{pending ? "Saving…" : mode.kind === "create" ? "Create question" : "Save as new version"}</Button>
        <Link href={mode.kind === "edit" ? `/questions/${mode.id}` : "/questions"} className={buttonClass("secondary")}>Cancel</Link>
      </div>
    </form>
  );
}

/** Errors of the list and of any one key point ("keyPoints.3"), shown together under the one field. */
function keyPointErrors(fe: Record<string, string[]> | undefined): string[] | undefined {
  if (!fe) return undefined;
  const found = Object.entries(fe).flatMap(([key, messages]) => {
    const item = /^keyPoints\.(\d+)$/.exec(key);
    return key === "keyPoints" ? messages : item ? messages.map((m) => `Key point ${Number(item[1]) + 1}: ${m}`) : [];
  });
  return found.length ? found : undefined;
}

/**
 * The key points practice feedback checks answers against: the author's, one per line, or, left
 * empty, the model answer's sentences and list items, previewed here as they would be derived.
 */
function KeyPointsField({ value, onChange, modelAnswer, errors }: { value: string; onChange: (value: string) => void; modelAnswer: string; errors?: string[] }) {
  const derived = deriveKeyPoints(modelAnswer);
  return (
    <div className="space-y-2">
      <TextareaField
        id="key-points"
        label="Key points for practice feedback"
        errors={errors}
        hint="One per line. Leave empty to use the model answer's sentences and list items."
        rows={4}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      {!value.trim() && derived.length ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-muted">Key points derived from the model answer ({derived.length})</summary>
          <ol className="mt-2 list-decimal space-y-1 pl-5">
            {derived.map((point, i) => <li key={i}>{point}</li>)}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
