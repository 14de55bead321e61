import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import type { ListTable } from "@/lib/exports/route";
import type { FileRow } from "@/lib/exports/table-file";
import { getT } from "@/lib/i18n/server";
import type { Locale } from "@/lib/i18n/settings";
import { defineRead } from "@/lib/reads/define";
import { userFilterSchema, userWhere, type UserFilter } from "./queries";

const BATCH = 500;

/** The next accounts of the filtered list after `after` (an email), in email order. */
export const userExportBatch = defineRead(
  "users.exportBatch",
  "users.manage",
  async (_viewer, filter: UserFilter, after: string | null) =>
    getDb().user.findMany({
      where: { AND: [userWhere(filter), ...(after ? [{ email: { gt: after } }] : [])] },
      orderBy: { email: "asc" },
      take: BATCH,
      select: {
        name: true,
        email: true,
        role: true,
        countryCode: true,
        locale: true,
        disabledAt: true,
        totpEnabledAt: true,
        lastSignInAt: true,
      },
    }),
);

/** The accounts with the list's filters, every match (not one page), as a file: never a secret. */
export async function userTable(
  actor: Actor,
  query: Record<string, string>,
  lng: Locale,
): Promise<ListTable> {
  const filter = userFilterSchema.parse(query);
  const t = await getT(lng, "staff");
  async function* rows(): AsyncGenerator<FileRow[]> {
    let after: string | null = null;
    for (;;) {
      const batch: Awaited<ReturnType<typeof userExportBatch>> = await userExportBatch(actor, filter, after);
      yield batch.map((user) => ({
        name: user.name,
        email: user.email,
        role: t(`roles.${user.role}`),
        country: user.countryCode,
        language: user.locale,
        status: user.disabledAt ? t("users.disabled") : t("users.active"),
        twoFactor: user.totpEnabledAt ? t("users.yes") : t("users.no"),
        lastSignIn: user.lastSignInAt,
      }));
      if (batch.length < BATCH) return;
      after = batch.at(-1)!.email;
    }
  }
  return {
    nameParts: ["users", filter.role, filter.country, filter.status],
    sheetName: "users",
    columns: [
      { key: "name", header: t("users.columns.name"), width: 28 },
      { key: "email", header: t("users.columns.email"), width: 32 },
      { key: "role", header: t("users.columns.role"), width: 20 },
      { key: "country", header: t("users.columns.country"), width: 8 },
      { key: "language", header: t("users.form.locale"), width: 10 },
      { key: "status", header: t("users.columns.status"), width: 12 },
      { key: "twoFactor", header: t("users.columns.twoFactor"), width: 12 },
      { key: "lastSignIn", header: t("users.columns.lastSignIn"), width: 20, kind: "dateTime" },
    ],
    rows: rows(),
  };
}
