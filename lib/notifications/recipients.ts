import "server-only";
import type { Tx } from "@/lib/mutations/define";

// Who hears of what: a country's events go to that country's secretariat only (a notification never
// shows a recipient another country's unpublished work), the review steps to the coordinators.

const active = { disabledAt: null };

export async function secretariatOf(tx: Tx, countryCode: string): Promise<string[]> {
  const users = await tx.user.findMany({
    where: { ...active, role: "secretariat", countryCode },
    select: { id: true },
  });
  return users.map((user) => user.id);
}

export async function allSecretariats(tx: Tx): Promise<string[]> {
  const users = await tx.user.findMany({ where: { ...active, role: "secretariat" }, select: { id: true } });
  return users.map((user) => user.id);
}

export async function coordinators(tx: Tx): Promise<string[]> {
  const users = await tx.user.findMany({ where: { ...active, role: "coordinator" }, select: { id: true } });
  return users.map((user) => user.id);
}
