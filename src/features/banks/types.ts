// View shapes of bank management, type-only, so client components can name them without
// importing server code.
import type { Level } from "@/lib/levels";
import type { BankPurpose, PurposeWord } from "./purpose";

/** One bank as GET /api/banks lists it (and PATCH /api/banks/:id answers). */
export type ApiBank = { id: string; name: string; purpose: PurposeWord; questionCount: number };

/** What the copy page offers: the bank's active questions (with their live practice copies) and the practice banks. */
export type CopySource = {
  bank: { id: string; name: string; purpose: BankPurpose };
  questions: Array<{ id: string; number: number; level: Level; title: string; copies: number }>;
  practiceBanks: Array<{ id: string; name: string }>;
};

export type CopyResult = { bankId: string; bankName: string; copied: number; alreadyThere: number };
