import "server-only";
import { NATIONAL_LOCALE } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/settings";
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

export async function viewers(tx: Tx): Promise<string[]> {
  const users = await tx.user.findMany({ where: { ...active, role: "viewer" }, select: { id: true } });
  return users.map((user) => user.id);
}

/**
 * Who translates into `locale` (permission `translations.edit`, admins aside: they may translate
 * every locale but are not its translators): coordinators for English, a secretariat for its
 * country's national language.
 */
export async function translatorsOf(tx: Tx, locale: Locale): Promise<string[]> {
  const countries = Object.entries(NATIONAL_LOCALE)
    .filter(([, national]) => national === locale)
    .map(([country]) => country);
  const users = await tx.user.findMany({
    where: {
      ...active,
      OR: [
        ...(locale === "en" ? [{ role: "coordinator" as const }] : []),
        { role: "secretariat", countryCode: { in: countries } },
      ],
    },
    select: { id: true },
  });
  return users.map((user) => user.id);
}
