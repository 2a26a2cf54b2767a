// Kits are the team's shared interview plans: anyone who manages kits may use and edit any kit;
// deleting one is for the person who made it, or whoever may delete any kit (kits:delete-any).
import { can, type Actor } from "@/lib/policy";

export type KitCapability = "use" | "edit" | "delete";

export function kitCan(actor: Actor | null | undefined, capability: KitCapability, kit: { createdById: string }): boolean {
  if (!actor || !can(actor, "kits:manage")) return false;
  if (capability === "delete") return actor.id === kit.createdById || can(actor, "kits:delete-any");
  return true;
}
