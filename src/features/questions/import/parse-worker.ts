// The body of a parse worker thread (parse-in-worker.ts starts one per document). Once its modules
// are loaded it says "ready", then takes one document and answers with its parse: the parent's
// clock runs for the parse only, not for the thread's start. It knows nothing of the parser's
// insides, so the parser can change freely behind parseDocument.
import { parentPort } from "node:worker_threads";
import { parseDocument, type ParseOptions } from "./parse-document";

parentPort?.once("message", ({ text, options }: { text: string; options: ParseOptions }) => {
  parentPort?.postMessage({ parsed: parseDocument(text, options) });
});
parentPort?.postMessage({ ready: true });
