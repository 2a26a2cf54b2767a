"use client";

import Link from "next/link";
import { useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Field, InputField, SelectField, TextareaField } from "@/components/ui/field";
import { Alert, Card } from "@/components/ui/states";
import { useAction } from "@/lib/use-action";
import { confirmImportAction, previewImportAction, type ImportPreviewResult } from "../actions";
import type { ImportSummary } from "../import/persist";
import { checkImportBytes, checkImportSize, IMPORT_LIMIT_LABEL, utf8Length, type ImportRefusal } from "../import/input-guard";
import { ImportPreviewCard } from "./import-preview";

const FORMATS = [["auto", "Detect automatically"], ["markdown", "Markdown"], ["text", "Plain text"]] as const;

type Step = { kind: "edit" } | { kind: "preview"; preview: ImportPreviewResult } | { kind: "done"; summary: ImportSummary };

/** Upload or paste → preview (per level, warnings, what changes) → confirm. */
export function ImportWizard() {
  const [step, setStep] = useState<Step>({ kind: "edit" });
  const [text, setText] = useState("");
  const [source, setSource] = useState("");
  const [bankName, setBankName] = useState("");
  const [format, setFormat] = useState<"auto" | "markdown" | "text">("auto");
  const [takeDocument, setTakeDocument] = useState<ReadonlySet<string>>(new Set());
  const { run, pending, error, setError } = useAction();
  const input = () => ({ text, bankName, format, source });
  const toggleTake = (id: string, take: boolean) =>
    setTakeDocument((before) => {
      const next = new Set(before);
      if (take) next.add(id);
      else next.delete(id);
      return next;
    });

  // The same checks as the CLI's, before anything is uploaded: the size first (without reading
  // the file), then the bytes. The server checks the text again.
  async function readFile(picker: HTMLInputElement) {
    const file = picker.files?.[0];
    if (!file) return;
    const refuse = ({ reason, message }: ImportRefusal) => {
      setError({ code: reason === "too-large" ? "TOO_LARGE" : "VALIDATION", message, fieldErrors: { file: [`${file.name}: ${message}`] } });
      // Lets the same file be chosen again once it is fixed.
      picker.value = "";
    };
    const tooLarge = checkImportSize(file.size);
    if (tooLarge) return refuse(tooLarge);
    const guarded = checkImportBytes(new Uint8Array(await file.arrayBuffer()));
    if (!guarded.ok) return refuse(guarded.refusal);
    setError(null);
    setText(guarded.text);
    setSource(file.name);
  }

  function preview() {
    // Pasted text skips the file check: an oversized paste would not even reach the action (its
    // body limit), so it is measured here; the server still checks everything else.
    const tooLarge = checkImportSize(utf8Length(text), "document");
    if (tooLarge) return setError({ code: "TOO_LARGE", message: tooLarge.message, fieldErrors: { text: [tooLarge.message] } });
    run(previewImportAction, input(), (preview) => {
      setTakeDocument(new Set());
      setStep({ kind: "preview", preview });
    });
  }

  // The choices apply to the conflicts this preview showed; the plan key refuses a bank that changed since.
  const confirm = (preview: ImportPreviewResult) =>
    run(confirmImportAction, { ...input(), takeDocument: [...takeDocument], planKey: preview.planKey }, (summary) => setStep({ kind: "done", summary }));

  if (step.kind === "done") {
    const s = step.summary;
    return (
      <div className="space-y-4">
        <Alert tone="ok">
          Imported into “{s.bankName}”: {s.created} new, {s.updated} updated, {s.unchanged} unchanged, {s.archived} archived.
          {s.renumbered ? ` ${s.renumbered} renumbered.` : null}
          {s.restored ? ` ${s.restored} restored from the archive.` : null}
          {s.conflicts ? ` ${s.conflicts} ${s.conflicts === 1 ? "conflict" : "conflicts"}: ${s.conflictsTaken} took the document's version, ${s.conflicts - s.conflictsTaken} kept Probe's.` : null}
        </Alert>
        <div className="flex flex-wrap gap-3">
          <Link href={`/questions?bank=${encodeURIComponent(s.bankId)}`} className={buttonClass("primary")}>See the questions</Link>
          <Button variant="secondary" onClick={() => { setStep({ kind: "edit" }); setText(""); setSource(""); setBankName(""); }}>Import another document</Button>
        </div>
      </div>
    );
  }

  if (step.kind === "preview") {
    return (
      <div className="space-y-4" aria-busy={pending}>
        {error ? <Alert>{error.message}</Alert> : null}
        <ImportPreviewCard preview={step.preview} takeDocument={takeDocument} onTakeDocument={toggleTake} />
        <div className="flex flex-wrap gap-3">
          <Button onClick={() => confirm(step.preview)} disabled={pending || step.preview.created + step.preview.updated + step.preview.unchanged + step.preview.conflicts === 0}>
            {pending ? "Importing…" : "Confirm import"}
          </Button>
          {error?.code === "CONFLICT" ? <Button variant="secondary" onClick={preview} disabled={pending}>Preview again</Button> : null}
          <Button variant="secondary" onClick={() => setStep({ kind: "edit" })} disabled={pending}>Back</Button>
        </div>
      </div>
    );
  }

  const fe = error?.fieldErrors;
  return (
    <form
      className="space-y-4"
      aria-busy={pending}
      onSubmit={(event) => {
        event.preventDefault();
        preview();
      }}
    >
      {error && !fe ? <Alert>{error.message}</Alert> : null}
      <Card className="space-y-4">
        <Field id="import-file" label="Upload a document" errors={fe?.file} hint={`Markdown (.md) or text copied from a rendered page (.txt), up to ${IMPORT_LIMIT_LABEL}.`}>
          <input
            id="import-file"
            type="file"
            accept=".md,.markdown,.txt,text/markdown,text/plain"
            aria-invalid={!!fe?.file}
            aria-describedby={fe?.file ? "import-file-error" : "import-file-hint"}
            className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-line file:bg-surface file:px-3 file:py-1.5 file:text-ink"
            onChange={(event) => void readFile(event.currentTarget)}
          />
        </Field>
        <TextareaField
          id="import-text"
          label="Or paste it"
          errors={fe?.text}
          hint={source ? `Loaded from ${source}; edit freely before previewing.` : undefined}
          rows={14}
          className="font-mono text-xs"
          value={text}
          placeholder={"# Bank title\n\n## Junior\n\n### Q1. …\n\n**Model answer.** …"}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <InputField
            id="import-bank"
            label="Bank name (optional)"
            errors={fe?.bankName}
            hint="Defaults to the document's title. Importing into an existing bank updates it in place."
            value={bankName}
            onChange={(e) => setBankName(e.target.value)}
          />
          <SelectField id="import-format" label="Format" errors={fe?.format} value={format} onChange={(e) => setFormat(e.target.value as typeof format)} options={FORMATS} />
        </div>
      </Card>
      <Button type="submit" disabled={pending}>{pending ? "Reading the document…" : "Preview import"}</Button>
    </form>
  );
}
