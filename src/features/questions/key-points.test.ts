import { describe, expect, it } from "vitest";
import { deriveKeyPoints, KEY_POINTS_MAX, keyPointsOf } from "./key-points";

describe("deriveKeyPoints", () => {
  it.each([
    ["one point per sentence", "A mutex admits one thread at a time. Everyone must take the same mutex to protect data.", ["A mutex admits one thread at a time.", "Everyone must take the same mutex to protect data."]],
    ["a short sentence joins the next", "No. `await` lets the single thread run other callbacks meanwhile.", ["No. await lets the single thread run other callbacks meanwhile."]],
    ["a short sentence at the end joins the previous", "The reader sees a stale value without a lock. Usually yes.", ["The reader sees a stale value without a lock. Usually yes."]],
    ["each list item is one point, whole", "Options:\n\n1. **Backpressure:** a bounded buffer. It slows the producer.\n2. **Shed load** when falling behind hurts more.", ["Options:", "Backpressure: a bounded buffer. It slows the producer.", "Shed load when falling behind hurts more."]],
    ["a paragraph's lead-in to a list joins its sentence", "This is a cache stampede at expiry time for every client. Several measures work together:\n\n- Coalesce requests at the cache per key.", ["This is a cache stampede at expiry time for every client. Several measures work together:", "Coalesce requests at the cache per key."]],
    ["fenced code is left out, inline code kept as words", "Use `AtomicInteger` for the counter here.\n\n```java\nint x = 1;\n```\n\nOr guard both methods with one lock.", ["Use AtomicInteger for the counter here.", "Or guard both methods with one lock."]],
    ["abbreviations do not end a sentence", "Pick a key, e.g. the account ID, and always lock the lower one first.", ["Pick a key, e.g. the account ID, and always lock the lower one first."]],
    ["links keep their text", "See [the memory model](https://example.com/mm) for what visibility means here.", ["See the memory model for what visibility means here."]],
    ["nothing written, nothing derived", "", []],
  ])("%s", (_name, markdown, expected) => {
    expect(deriveKeyPoints(markdown)).toEqual(expected);
  });

  it("keeps at most KEY_POINTS_MAX points", () => {
    const long = Array.from({ length: KEY_POINTS_MAX + 5 }, (_, i) => `Point number ${i} says something on its own.`).join(" ");
    expect(deriveKeyPoints(long)).toHaveLength(KEY_POINTS_MAX);
  });
});

describe("keyPointsOf", () => {
  it("prefers the author's key points and derives them when there are none", () => {
    const modelAnswer = "Threads share memory inside one process. Processes are isolated by the kernel.";
    expect(keyPointsOf({ modelAnswer, keyPoints: ["Shared memory", "Isolation"] })).toEqual(["Shared memory", "Isolation"]);
    expect(keyPointsOf({ modelAnswer, keyPoints: [] })).toEqual(["Threads share memory inside one process.", "Processes are isolated by the kernel."]);
    expect(keyPointsOf({ modelAnswer })).toHaveLength(2);
  });
});
