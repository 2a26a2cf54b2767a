import { redirect } from "next/navigation";
import { homeFor } from "@/lib/policy";
import { currentUser } from "@/server/auth";

export default async function Home() {
  const user = await currentUser();
  redirect(user ? homeFor(user.role) : "/sign-in");
}
