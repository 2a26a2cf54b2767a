import { Spinner } from "@/components/ui/states";

// Loading boundaries live on the pages that never answer 404. The run and question-history pages
// have none above them on purpose: they answer 404 for another candidate's id, and a status can
// only be set before streaming starts (so there is no practice/loading.tsx either).
export default function Loading() {
  return <Spinner label="Loading" />;
}
