import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/states";

export default function QuestionNotFound() {
  return (
    <EmptyState title="This question does not exist">
      <p>It may have been deleted, or the link is wrong.</p>
      <Link href="/questions" className={buttonClass("secondary", "mt-4")}>Back to the questions</Link>
    </EmptyState>
  );
}
