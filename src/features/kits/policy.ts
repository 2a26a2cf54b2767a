// Kits are the team's shared interview plans: anyone who runs interviews may use and edit any kit;
// deleting one is for the person who made it, or an admin.
import { can, type Actor } from "@/lib/policy";

export type KitCapability = "use" | "edit" | "delete";

export function kitCan(actor: Actor | null | undefined, capability: KitCapability, kit: { createdById: string }): boolean {
  if (!actor || !can(actor, "kits:manage")) return false;
  if (capability === "delete") return actor.role === "ADMIN" || actor.id === kit.createdById;
  return true;
}
