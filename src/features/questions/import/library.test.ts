// The project's own library of documents (fixtures/library): front matter, a second round of level
// sections, a question section, text kept exactly as written, and a folder of several documents.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse-document";

const library = path.join(__dirname, "fixtures", "library");
const read = (name: string) => readFileSync(path.join(library, name), "utf8");
const byNumber = (doc: ReturnType<typeof parseDocument>, n: number) => doc.questions.find((q) => q.number === n)!;

describe("front matter", () => {
  const doc = parseDocument(read("message-queues.md"), { fileName: "message-queues.md" });

  it("names the bank from its title, tags and collection from the other keys, and never reaches notes", () => {
    expect(doc.bank.name).toBe("Message Queues");
    expect(doc.bank.tags).toEqual(["queues", "messaging"]);
    expect(doc.bank.collection).toBe("Roadmaps / Back end");
    const text = JSON.stringify(doc.bank);
    expect(text).not.toContain("nav_order");
    expect(text).not.toContain("grand_parent");
    expect(doc.bank.description).toContain("Questions we ask about brokers");
  });

  it("falls back to the # heading, then the file name", () => {
    expect(parseDocument(read("caches.md"), { fileName: "caches.md" }).bank.name).toBe("Caching in web services");
    const bare = parseDocument("## Junior\n\n### Q1. T\n\n**Model answer.** A.\n", { fileName: "/tmp/x/go-basics.md" });
    expect(bare.bank.name).toBe("go-basics");
    expect(bare.warnings).toEqual([]);
  });

  it("reads malformed YAML as a warning naming the line, and imports the rest", () => {
    const broken = parseDocument("---\ntitle: Fine\ntags: [a, b\n---\n\n# Heading title\n\n## Junior\n\n### Q1. T\n\n**Model answer.** A.\n");
    expect(broken.bank.name).toBe("Heading title");
    expect(broken.questions).toHaveLength(1);
    expect(broken.warnings).toEqual([{ question: null, message: expect.stringMatching(/front matter is not valid YAML \(line \d+:/) }]);
    expect(broken.bank.notes).toBe("");
    expect(broken.bank.description).not.toContain("tags");
  });
});

describe("level and section mapping", () => {
  const doc = parseDocument(read("message-queues.md"));

  it("maps a heading naming exactly one level wherever the word sits", () => {
    expect(doc.questions.map((q) => `${q.number}:${q.level}`)).toEqual([
      "1:junior", "2:junior", "3:middle", "4:senior", "5:staff", "6:junior", "7:senior", "8:senior", "9:senior",
    ]);
    expect(byNumber(doc, 6).levelGuessed).toBeUndefined();
  });

  it("keeps a question section's questions, tagged, with a guessed level and a warning", () => {
    for (const n of [8, 9]) expect(byNumber(doc, n)).toMatchObject({ tags: ["behavioural"], levelGuessed: true, level: "senior" });
    expect(doc.warnings).toEqual([{ question: null, section: "behavioural", message: expect.stringMatching(/"Behavioural".*tagged "behavioural".*senior/) }]);
  });

  it("keeps prose-only sections as bank notes", () => {
    expect(doc.bank.notes).toBe(
      "## Closing\n\nIf the candidate got this far, ask what they would monitor first. There is no wrong answer.\n\n## Extra prompts\n\n- Retention versus compaction.\n- Fan-out with topics.",
    );
  });

  it("reads beginner..expert, L1..L4 and a heading naming two levels as a section", () => {
    expect(parseDocument(read("caches.md")).questions.map((q) => q.level)).toEqual(["junior", "middle", "senior", "staff"]);
    expect(parseDocument(read("queries.txt")).questions.map((q) => q.level)).toEqual(["junior", "middle", "senior", "staff"]);
    const two = parseDocument("# B\n\n## Junior\n\n### Q1. A\n\n**Model answer.** a\n\n## Junior to Senior\n\n### Q2. B\n\n**Model answer.** b\n");
    expect(two.questions[1]).toMatchObject({ level: "junior", tags: ["junior-to-senior"], levelGuessed: true });
  });
});

describe("lossless parts", () => {
  const queues = parseDocument(read("message-queues.md"));
  const caches = parseDocument(read("caches.md"));

  it("stores each part as the document wrote it: no escapes added", () => {
    expect(byNumber(queues, 3).modelAnswer).toContain("comes ~30 s after");
    expect(byNumber(queues, 4).modelAnswer).toContain("a `SELECT ... FOR UPDATE` or a lock on `orders_*` tables");
    expect(byNumber(queues, 9).modelAnswer).toContain("_All three_ are choices");
    expect(byNumber(caches, 1).modelAnswer).toContain("cope with *that* load");
    expect(byNumber(caches, 3).modelAnswer).toContain("Use the pattern `user:{id}:*` carefully");
    expect(byNumber(queues, 2).modelAnswer).toBe(
      "So the broker knows it may forget it. Without an `ack` the broker redelivers after a timeout, which is how a crash mid-handling does not lose work.",
    );
  });

  it("keeps wrong answers, reasons, probes and code blocks exact", () => {
    expect(byNumber(queues, 1).wrongAnswers).toEqual([
      { answer: "A queue makes delivery instant.", why: "It adds a hop; the gain is decoupling, not speed." },
      { answer: "Messages are deleted as soon as they are sent.", why: "They stay until a consumer acknowledges them, or the retention runs out." },
    ]);
    expect(byNumber(queues, 6).probes).toEqual([
      { question: "How many retries before a message goes there?", answer: "A few (3 to 5) with back-off; enough to ride out a blip, few enough to surface a bug quickly." },
    ]);
    const stampede = byNumber(caches, 2).modelAnswer;
    const source = read("caches.md");
    const code = source.slice(source.indexOf("```python"), source.indexOf("```\n", source.indexOf("```python") + 3) + 3);
    expect(stampede.endsWith(code)).toBe(true);
  });

  it("keeps escapes the author wrote, and the plain-text form as before", () => {
    const doc = parseDocument("# B\n\n## Junior\n\n### Q1. T\n\n**Model answer.** Costs \\~2 ms, uses LOCK\\* and &amp;.\n");
    expect(doc.questions[0]?.modelAnswer).toBe("Costs \\~2 ms, uses LOCK\\* and &amp;.");
    const text = parseDocument(read("queries.txt"));
    expect(text.questions[1]?.title).toBe("Why is SELECT * discouraged in application code?");
    expect(text.warnings).toEqual([]);
  });
});
