// Shapes the kit pages and the question picker receive. Type-only, so client components can use them.
export type PickerQuestion = { id: string; number: number; level: string; title: string; bankName: string };

export type PickerBank = { id: string; name: string };

export type KitSummary = {
  id: string;
  name: string;
  description: string;
  questionCount: number;
  totalMinutes: number;
  createdBy: string;
  updatedAt: string;
};

export type KitItemView = PickerQuestion & { budgetMinutes: number };

export type KitDetail = {
  id: string;
  name: string;
  description: string;
  /** Sent back with an edit: a kit saved since then is not overwritten. */
  revision: number;
  createdBy: string;
  items: KitItemView[];
  canDelete: boolean;
};
