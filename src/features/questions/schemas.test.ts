import { describe, expect, it } from "vitest";
import { apiQuestionQuerySchema, createQuestionSchema, questionFiltersSchema } from "./schemas";

describe("questionFiltersSchema (page URLs)", () => {
  it("treats empty values as absent and keeps good ones", () => {
    expect(questionFiltersSchema.parse({ q: " locks ", level: "senior", bank: "", tag: "Go", page: "3" })).toEqual({ q: "locks", level: "senior", bank: undefined, tag: "go", page: 3 });
  });

  it("drops a bad value instead of failing the page", () => {
    expect(questionFiltersSchema.parse({ level: "guru", page: "-2", q: ["first", "second"] })).toEqual({ q: "first", level: undefined, bank: undefined, tag: undefined, page: 1 });
  });
});

describe("apiQuestionQuerySchema", () => {
  it("defaults paging and accepts the documented empty parameters", () => {
    expect(apiQuestionQuerySchema.parse({ q: "", level: "", bank: "" })).toEqual({ limit: 50, offset: 0 });
  });

  it("rejects an unknown level and out-of-range paging", () => {
    expect(apiQuestionQuerySchema.safeParse({ level: "JUNIOR" }).success).toBe(false);
    expect(apiQuestionQuerySchema.safeParse({ limit: "5000" }).success).toBe(false);
    expect(apiQuestionQuerySchema.safeParse({ offset: "-1" }).success).toBe(false);
  });
});

describe("createQuestionSchema", () => {
  const content = { level: "JUNIOR", title: "T", prompt: "P" };

  it("splits, lowercases and de-duplicates comma-separated tags", () => {
    expect(createQuestionSchema.parse({ ...content, bankId: "b1", tags: "Go, locks,, go " }).tags).toEqual(["go", "locks"]);
  });

  it("needs a bank or a new bank name", () => {
    const result = createQuestionSchema.safeParse(content);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["bankId"]);
    expect(createQuestionSchema.safeParse({ ...content, newBankName: "Mine" }).success).toBe(true);
  });
});
