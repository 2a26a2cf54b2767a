// What a bank is for. The database speaks the enum (INTERVIEW); the JSON API, forms and URLs the
// lower-case word (interview), as levels do (src/lib/levels.ts). Isomorphic.
import { z } from "zod";
import type { BankPurpose as StoredPurpose } from "@/generated/prisma/enums";

export const BANK_PURPOSES = ["INTERVIEW", "PRACTICE"] as const satisfies ReadonlyArray<StoredPurpose>;
export type BankPurpose = (typeof BANK_PURPOSES)[number];

export const PURPOSE_WORDS = ["interview", "practice"] as const satisfies ReadonlyArray<Lowercase<BankPurpose>>;
export type PurposeWord = (typeof PURPOSE_WORDS)[number];

export const toPurposeWord = (purpose: BankPurpose): PurposeWord => purpose.toLowerCase() as PurposeWord;
export const toBankPurpose = (word: PurposeWord): BankPurpose => word.toUpperCase() as BankPurpose;

export const purposeWordSchema = z.enum(PURPOSE_WORDS, { message: "Choose interview or practice" });

export const PURPOSE_LABELS: Record<BankPurpose, { title: string; description: string }> = {
  INTERVIEW: {
    title: "Interview",
    description: "For live interviews only: no candidate account, share link or practice page ever shows its questions.",
  },
  PRACTICE: {
    title: "Practice",
    description: "Offered to every candidate account for solo practice, model answers and probes included.",
  },
};
