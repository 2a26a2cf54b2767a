"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { Alert, Card } from "@/components/ui/states";
import type { ActionError } from "@/lib/app-error";
import { fieldErrorsOf } from "@/lib/field-errors";
import { LEVEL_LABELS, LEVELS } from "@/lib/levels";
import { createQuestionAction, updateQuestionAction } from "../actions";
import { type Probe, type QuestionContent, type Section, type WrongAnswer } from "../content";
import { createQuestionSchema, updateQuestionSchema } from "../schemas";
import { ListEditor, withKey, type Keyed } from "./list-editor";

type Mode =
  | { kind: "create"; banks: Array<{ id: string; name: string }>; defaultBankId?: string }
  | { kind: "edit"; id: string; version: number };

const NEW_BANK = "__new__";

export function QuestionEditor({ mode, initial }: { mode: Mode; initial?: QuestionContent }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [level, setLevel] = useState<string>(initial?.level ?? "JUNIOR");
  const [title, setTitle] = useState(initial?.title ?? "");
  const [prompt, setPrompt] = useState(initial?.prompt ?? "");
  const [modelAnswer, setModelAnswer] = useState(initial?.modelAnswer ?? "");
  const [wrongAnswers, setWrongAnswers] = useState<Array<Keyed<WrongAnswer>>>(() => (initial?.wrongAnswers ?? []).map(withKey));
  const [probes, setProbes] = useState<Array<Keyed<Probe>>>(() => (initial?.probes ?? []).map(withKey));
  const [sections, setSections] = useState<Array<Keyed<Section>>>(() => (initial?.sections ?? []).map(withKey));
  const [tags, setTags] = useState((initial?.tags ?? []).join(", "));
  const [bankChoice, setBankChoice] = useState(mode.kind === "create" ? (mode.defaultBankId ?? mode.banks[0]?.id ?? NEW_BANK) : "");
  const [newBankName, setNewBankName] = useState("");

  const strip = <T extends { key: string }>(items: T[]) => items.map(({ key: _key, ...rest }) => rest);

  function submit() {
    const content = { level, title, prompt, modelAnswer, wrongAnswers: strip(wrongAnswers), probes: strip(probes), sections: strip(sections), tags };
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
    startTransition(async () => {
      const result = mode.kind === "create" ? await createQuestionAction(payload) : await updateQuestionAction(payload);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setError(null);
      router.push(`/questions/${result.data.id}`);
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
              <Field id="bank" label="Bank" errors={fe?.bankId}>
                <Select id="bank" value={bankChoice} invalid={!!fe?.bankId} onChange={(e) => setBankChoice(e.target.value)}>
                  {mode.banks.map((bank) => <option key={bank.id} value={bank.id}>{bank.name}</option>)}
                  <option value={NEW_BANK}>New bank…</option>
                </Select>
              </Field>
              {bankChoice === NEW_BANK ? (
                <Field id="new-bank" label="New bank name" errors={fe?.newBankName}>
                  <Input id="new-bank" value={newBankName} invalid={!!fe?.newBankName} onChange={(e) => setNewBankName(e.target.value)} />
                </Field>
              ) : null}
            </div>
          ) : null}
          <Field id="level" label="Level" errors={fe?.level}>
            <Select id="level" value={level} invalid={!!fe?.level} onChange={(e) => setLevel(e.target.value)}>
              {LEVELS.map((value) => <option key={value} value={value}>{LEVEL_LABELS[value]}</option>)}
            </Select>
          </Field>
        </div>
        <Field id="title" label="Title" errors={fe?.title}>
          <Input id="title" value={title} invalid={!!fe?.title} onChange={(e) => setTitle(e.target.value)} />
        </Field>
        <Field id="prompt" label="Prompt" errors={fe?.prompt} hint="Markdown. Fence code with ``` and a language for highlighting.">
          <Textarea id="prompt" rows={6} className="font-mono" value={prompt} invalid={!!fe?.prompt} onChange={(e) => setPrompt(e.target.value)} />
        </Field>
        <Field id="model-answer" label="Model answer" errors={fe?.modelAnswer} hint="Markdown.">
          <Textarea id="model-answer" rows={8} className="font-mono" value={modelAnswer} invalid={!!fe?.modelAnswer} onChange={(e) => setModelAnswer(e.target.value)} />
        </Field>
        <Field id="tags" label="Tags" errors={fe?.tags ?? fe?.["tags.0"]} hint="Separated by commas, e.g. locks, go">
          <Input id="tags" value={tags} invalid={!!fe?.tags} onChange={(e) => setTags(e.target.value)} />
        </Field>
      </Card>
      <Card>
        <ListEditor<WrongAnswer>
          legend="Common wrong answers"
          noun="wrong answer"
          path="wrongAnswers"
          items={wrongAnswers}
          onChange={setWrongAnswers}
          errors={fe}
          blank={() => ({ answer: "", why: "" })}
          fields={[{ name: "answer", label: "Wrong statement", rows: 2 }, { name: "why", label: "Why it is wrong", rows: 2 }]}
        />
      </Card>
      <Card>
        <ListEditor<Probe>
          legend="Probe chain"
          noun="probe"
          path="probes"
          items={probes}
          onChange={setProbes}
          errors={fe}
          blank={() => ({ question: "", answer: "" })}
          fields={[{ name: "question", label: "Follow-up question", rows: 2 }, { name: "answer", label: "Expected answer", rows: 3 }]}
        />
      </Card>
      <Card>
        <ListEditor<Section>
          legend="Further sections"
          noun="section"
          path="sections"
          items={sections}
          onChange={setSections}
          errors={fe}
          blank={() => ({ label: "", body: "" })}
          fields={[{ name: "label", label: "Label", hint: "Fix, Detection, Better approach, …" }, { name: "body", label: "Body (Markdown)", rows: 4 }]}
        />
      </Card>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>{pending ? "Saving…" : mode.kind === "create" ? "Create question" : "Save as new version"}</Button>
        <Link href={mode.kind === "edit" ? `/questions/${mode.id}` : "/questions"} className={buttonClass("secondary")}>Cancel</Link>
      </div>
    </form>
  );
}
