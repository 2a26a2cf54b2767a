"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, InputField, SelectField, TextareaField } from "@/components/ui/field";
import { Alert, Card } from "@/components/ui/states";
import type { ActionResult } from "@/lib/app-error";
import type { Level } from "@/lib/levels";
import { useAction } from "@/lib/use-action";
import { confirmImportAction, previewImportAction, type ImportPreviewResult } from "../actions";
import type { ImportSummary } from "../import/persist";
import { checkImportSize, formatSize, IMPORT_LIMIT_LABEL, utf8Length } from "../import/input-guard";
import { readImportFiles, type ImportDocument, type RefusedFile } from "./import-files";
import { ImportProgress, type Progress } from "./import-progress";
import { ImportResults, type ImportOutcome } from "./import-results";
import { ImportReview, reviewOf, type Review } from "./import-review";

const FORMATS = [["auto", "Detect automatically"], ["markdown", "Markdown"], ["text", "Plain text"]] as const;

type Step = { kind: "edit" } | { kind: "preview"; reviews: Review[] } | { kind: "done"; outcomes: ImportOutcome[] };

/**
 * Upload or paste → preview (per level, warnings, guessed levels, what changes) → confirm. Several
 * files are previewed and imported one by one, each its own call and so its own transaction, as
 * the CLI does: one that fails leaves the others imported.
 */
export function ImportWizard() {
  const [step, setStep] = useState<Step>({ kind: "edit" });
  const [text, setText] = useState("");
  const [source, setSource] = useState("");
  const [files, setFiles] = useState<ImportDocument[]>([]);
  const [refused, setRefused] = useState<RefusedFile[]>([]);
  const [bankName, setBankName] = useState("");
  const [format, setFormat] = useState<"auto" | "markdown" | "text">("auto");
  const [progress, setProgress] = useState<Progress | null>(null);
  const { run, runEach, pending, error, setError } = useAction();
  const several = files.length > 1;
  const busyWith = pending ? progress?.verb : undefined;

  // Several documents name their own banks: one name for all would make each import archive the questions of the one before.
  const inputFor = (document: ImportDocument, levels: Readonly<Record<string, Level>> = {}) => ({ text: document.text, bankName: several ? "" : bankName, format, source: document.source, levels });
  const advance = () => setProgress((before) => before && { ...before, done: before.done + 1 });

  /** One call, shown in the live region like a document of several, and the step it leads to. */
  function runOne<I, T>(verb: Progress["verb"], document: ImportDocument, action: (input: I) => Promise<ActionResult<T>>, input: I, then: (data: T) => void) {
    setProgress({ verb, done: 0, names: [document.name] });
    run(action, input, (data) => {
      advance();
      then(data);
    }, advance);
  }

  /** The same action for several documents, in order; the answers, success or refusal, lead to `then`. */
  function runAll<I, T>(verb: Progress["verb"], names: string[], action: (input: I) => Promise<ActionResult<T>>, inputs: I[], then: (results: Array<ActionResult<T>>) => void) {
    const results: Array<ActionResult<T>> = [];
    setProgress({ verb, done: 0, names });
    runEach(action, inputs, (index, result) => {
      results[index] = result;
      advance();
    }, () => then(results));
  }

  async function readFiles(picker: HTMLInputElement) {
    const chosen = [...(picker.files ?? [])];
    if (!chosen.length) return;
    const read = await readImportFiles(chosen);
    setError(null);
    setRefused(read.refused);
    // Lets a refused file be chosen again once it is fixed.
    if (read.refused.length) picker.value = "";
    const [first, ...more] = read.documents;
    setFiles(more.length ? read.documents : []);
    // One document goes into the text area, to be edited before previewing, as it always has.
    if (first && !more.length) {
      setText(first.text);
      setSource(first.name);
    } else if (more.length) {
      setText("");
      setSource("");
    }
  }

  function preview() {
    if (several) {
      return runAll("Previewing", files.map((file) => file.name), previewImportAction, files.map((file) => inputFor(file)), (results) =>
        setStep({ kind: "preview", reviews: files.map((file, index) => reviewOf(file, results[index]!)) }),
      );
    }
    // Pasted text skips the file check: an oversized paste would not even reach the action (its
    // body limit), so it is measured here; the server still checks everything else.
    const tooLarge = checkImportSize(utf8Length(text), "document");
    if (tooLarge) return setError({ code: "TOO_LARGE", message: tooLarge.message, fieldErrors: { text: [tooLarge.message] } });
    const document = { name: source || "the pasted document", text, source };
    // "Preview again" (the bank changed meanwhile) keeps the levels already chosen.
    const levels = step.kind === "preview" && step.reviews.length === 1 ? step.reviews[0]!.levels : {};
    runOne("Previewing", document, previewImportAction, inputFor(document, levels), (data: ImportPreviewResult) =>
      setStep({ kind: "preview", reviews: [{ ...reviewOf(document, { ok: true, data }), levels }] }),
    );
  }

  const updateReview = (index: number, change: (review: Review) => Review) =>
    setStep((before) => (before.kind === "preview" ? { ...before, reviews: before.reviews.map((review, at) => (at === index ? change(review) : review)) } : before));

  // A level changed: the document is previewed again with it, so the counts, the plan and the
  // plan key the import is checked against are those of what will be imported.
  function chooseLevel(review: Review, index: number, number: number, level: Level) {
    const levels = { ...review.levels, [number]: level };
    updateReview(index, (before) => ({ ...before, levels }));
    runOne("Previewing", review.document, previewImportAction, inputFor(review.document, levels), (data: ImportPreviewResult) =>
      updateReview(index, (before) => ({ ...before, result: { ok: true, data } })),
    );
  }

  const toggleTake = (index: number, id: string, take: boolean) =>
    updateReview(index, (review) => {
      const next = new Set(review.take);
      if (take) next.add(id);
      else next.delete(id);
      return { ...review, take: next };
    });

  // The choices apply to the conflicts each preview showed; the plan key refuses a bank that changed since.
  const confirmInput = (review: Review, preview: ImportPreviewResult) => ({ ...inputFor(review.document, review.levels), takeDocument: [...review.take], planKey: preview.planKey });

  function confirm(reviews: Review[]) {
    const ready = reviews.flatMap((review) => (review.result.ok ? [{ review, preview: review.result.data }] : []));
    const [only] = ready;
    if (reviews.length === 1 && only) {
      // One document: a refusal (a changed bank) stays on the preview, with "Preview again".
      return runOne("Importing", only.review.document, confirmImportAction, confirmInput(only.review, only.preview), (data: ImportSummary) =>
        setStep({ kind: "done", outcomes: [{ document: only.review.document, result: { ok: true, data } }] }),
      );
    }
    runAll("Importing", ready.map(({ review }) => review.document.name), confirmImportAction, ready.map(({ review, preview }) => confirmInput(review, preview)), (results) => {
      // A document whose preview was refused is reported with that refusal, in the order chosen.
      const imported = new Map(ready.map(({ review }, index) => [review, results[index]!]));
      setStep({ kind: "done", outcomes: reviews.map((review) => ({ document: review.document, result: review.result.ok ? imported.get(review)! : review.result })) });
    });
  }

  function startAgain() {
    setStep({ kind: "edit" });
    setProgress(null);
    setFiles([]);
    setRefused([]);
    setText("");
    setSource("");
    setBankName("");
  }

  const fe = error?.fieldErrors;
  const fileErrors = [...refused.map((file) => `${file.name}: ${file.message}`), ...(fe?.file ?? [])];
  const editStep = (
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
        <Field
          id="import-file"
          label="Upload a document"
          errors={fileErrors.length ? fileErrors : undefined}
          hint={`Markdown (.md) or text copied from a rendered page (.txt), up to ${IMPORT_LIMIT_LABEL} each. Choose several files to import them together.`}
        >
          <input
            id="import-file"
            type="file"
            multiple
            accept=".md,.markdown,.txt,text/markdown,text/plain"
            aria-invalid={fileErrors.length > 0}
            aria-describedby={fileErrors.length ? "import-file-error" : "import-file-hint"}
            className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-line file:bg-surface file:px-3 file:py-1.5 file:text-ink"
            onChange={(event) => void readFiles(event.currentTarget)}
          />
        </Field>
        {several ? (
          <div className="space-y-2">
            <h2 id="import-chosen" className="text-sm font-medium">{files.length} documents chosen</h2>
            <ul aria-labelledby="import-chosen" className="list-disc space-y-0.5 pl-5 text-sm">
              {files.map((file, index) => (
                <li key={index}>
                  {file.name} <span className="text-muted">({formatSize(utf8Length(file.text))})</span>
                </li>
              ))}
            </ul>
            <p className="text-xs text-muted">Each is previewed, then imported on its own into the bank it names.</p>
            <Button variant="secondary" onClick={() => setFiles([])}>Paste a document instead</Button>
          </div>
        ) : (
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
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <InputField
            id="import-bank"
            label="Bank name (optional)"
            errors={fe?.bankName}
            hint={several ? "With several documents, each names its own bank." : "Defaults to the document's title. Importing into an existing bank updates it in place."}
            value={several ? "" : bankName}
            disabled={several}
            onChange={(e) => setBankName(e.target.value)}
          />
          <SelectField id="import-format" label="Format" errors={fe?.format} value={format} onChange={(e) => setFormat(e.target.value as typeof format)} options={FORMATS} />
        </div>
      </Card>
      <Button type="submit" disabled={pending}>
        {busyWith === "Previewing" ? (several ? "Reading the documents…" : "Reading the document…") : several ? `Preview ${files.length} documents` : "Preview import"}
      </Button>
    </form>
  );

  // One wrapper on every step, so the live region stays the same element and is heard when it changes.
  return (
    <div className="space-y-4">
      <ImportProgress progress={progress} step={step} />
      {step.kind === "done" ? (
        <ImportResults outcomes={step.outcomes} refused={refused} onAgain={startAgain} />
      ) : step.kind === "preview" ? (
        <ImportReview
          reviews={step.reviews}
          refused={refused}
          error={error}
          pending={pending}
          importing={busyWith === "Importing"}
          onTake={toggleTake}
          onChooseLevel={(index, number, level) => chooseLevel(step.reviews[index]!, index, number, level)}
          onConfirm={() => confirm(step.reviews)}
          onPreviewAgain={preview}
          onBack={() => setStep({ kind: "edit" })}
        />
      ) : (
        editStep
      )}
    </div>
  );
}
