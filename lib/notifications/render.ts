import "server-only";
import type { NotificationKind } from "@/generated/prisma/enums";
import type { Db } from "@/lib/db/create-client";
import { formatDate, languageName } from "@/lib/i18n/format";
import { localize, textOf } from "@/lib/i18n/localized-text";
import { getT } from "@/lib/i18n/server";
import { isLocale, type Locale } from "@/lib/i18n/settings";
import { dayToDate } from "@/lib/validation/primitives";
import type { NotificationParams } from "./kinds";

// A notification's wording in one language, from locales/<lng>/notifications.json: country names
// in that language, dates in its calendar, numbers in its digits.

type Tx = Pick<Db, "country">;

export type Wording = (kind: NotificationKind, params: NotificationParams) => string;

/**
 * How notifications read in `lng`: the six country names are read once (one query), so an inbox
 * or a digest of many notifications costs no query per notification.
 */
export async function notificationWording(tx: Tx, lng: Locale): Promise<Wording> {
  const [t, countries] = await Promise.all([
    getT(lng, "notifications"),
    tx.country.findMany({ select: { code: true, name: textOf(lng) } }),
  ]);
  const names = new Map(countries.map((country) => [country.code, localize(country.name, lng).value]));
  return (kind, params) =>
    t(`message.${kind}` as "message.period_opened", {
      ...params,
      // Variants: the second factor switched on or off.
      context: params.enabled === undefined ? undefined : params.enabled ? "on" : "off",
      country: (params.country && names.get(params.country)) ?? "",
      dueOn: params.dueOn ? formatDate(dayToDate(params.dueOn), lng) : "",
      comment: params.comment ?? "",
      locale: params.locale && isLocale(params.locale) ? languageName(params.locale, lng) : "",
    });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An e-mail in `lng`: plain text and simple HTML, each item with its link, and the unsubscribe link. */
export async function mailBody(
  lng: Locale,
  items: { text: string; url: string }[],
  unsubscribeUrl: string | null,
  lead?: string,
): Promise<{ text: string; html: string }> {
  const t = await getT(lng, "notifications");
  const footer = [t("mail.why"), ...(unsubscribeUrl ? [`${t("mail.unsubscribe")}: ${unsubscribeUrl}`] : [])];
  const text = [
    ...(lead ? [lead, ""] : []),
    ...items.flatMap((item) => [item.text, `${t("mail.open")}: ${item.url}`, ""]),
    "--",
    ...footer,
  ].join("\n");
  const html = [
    `<!doctype html><html lang="${lng}"><body style="font-family:sans-serif;line-height:1.5">`,
    ...(lead ? [`<p>${escapeHtml(lead)}</p>`] : []),
    ...items.map(
      (item) =>
        `<p>${escapeHtml(item.text)}<br><a href="${escapeHtml(item.url)}">${escapeHtml(t("mail.open"))}</a></p>`,
    ),
    `<hr><p style="font-size:small;color:#555">${escapeHtml(t("mail.why"))}`,
    ...(unsubscribeUrl
      ? [`<br><a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(t("mail.unsubscribe"))}</a>`]
      : []),
    "</p></body></html>",
  ].join("\n");
  return { text, html };
}
