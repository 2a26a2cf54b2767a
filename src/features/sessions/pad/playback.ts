// Replaying a pad: the text after each step, from the steps' deltas (a stored Yjs update as the
// text change it made). Pure and isomorphic: the scorecard's playback slider runs it in the
// browser, with no Yjs there. Positions count UTF-16 code units, as JavaScript strings and Yjs do.
import type { PadStep } from "./types";

export function applyDelta(text: string, delta: PadStep["delta"]): string {
  let out = "";
  let at = 0;
  for (const op of delta) {
    if ("retain" in op) {
      out += text.slice(at, at + op.retain);
      at += op.retain;
    } else if ("insert" in op) {
      out += op.insert;
    } else {
      at += op.delete;
    }
  }
  return out + text.slice(at);
}

const CHECKPOINT_EVERY = 200;

/**
 * The text after step `index` (0-based: after the first stored update) for any index, quickly:
 * texts are kept every 200 steps, so moving the slider back never replays from the start.
 */
export function playback(steps: readonly PadStep[]): (index: number) => string {
  const checkpoints: string[] = [""];
  let text = "";
  steps.forEach((step, i) => {
    text = applyDelta(text, step.delta);
    if ((i + 1) % CHECKPOINT_EVERY === 0) checkpoints.push(text);
  });
  return (index) => {
    const clamped = Math.max(-1, Math.min(index, steps.length - 1));
    const from = Math.floor((clamped + 1) / CHECKPOINT_EVERY);
    let current = checkpoints[from]!;
    for (let i = from * CHECKPOINT_EVERY; i <= clamped; i++) current = applyDelta(current, steps[i]!.delta);
    return current;
  };
}
