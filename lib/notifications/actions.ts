"use server";

import { redirect } from "next/navigation";
import { isLocale } from "@/lib/i18n/settings";
import { perform, performRaw } from "@/lib/mutations/perform";
import { isPortalPath, routes } from "@/lib/routes";
import { markNotificationsRead, retryMail, saveNotificationSettings, unsubscribe } from "./mutations";
import { NOTIFICATION_KINDS } from "./kinds";

// Server actions are public endpoints: each hands what the form sent to a mutation, which
// validates it and checks the signed-in user (or, to unsubscribe, the link's signature). These
// forms work without any script: each answers with a redirect that says how it went.

/** A field of what the form sent; anything else than a form (a hand-made request) has none. */
const field = (form: unknown, name: string): string => {
  const value = form instanceof FormData ? form.get(name) : null;
  return typeof value === "string" ? value : "";
};

const localeFrom = (form: unknown) => {
  const lng = field(form, "lng");
  return isLocale(lng) ? lng : "en";
};

const outcome = (path: string, result: { ok: boolean; error?: string }) =>
  `${path}?${result.ok ? "done=1" : `error=${result.error}`}`;

export async function saveNotificationSettingsAction(form: unknown) {
  const lng = localeFrom(form);
  const channels = Object.fromEntries(
    NOTIFICATION_KINDS.flatMap((kind) => {
      const value = field(form, `channel.${kind}`);
      return value ? [[kind, value]] : [];
    }),
  );
  const result = await performRaw(saveNotificationSettings, {
    channels,
    mailLocale: field(form, "mailLocale"),
  });
  redirect(outcome(routes.staff.notificationSettings(lng), result));
}

export async function markAllReadAction(form: unknown) {
  const lng = localeFrom(form);
  const result = await perform(markNotificationsRead, { ids: [] });
  redirect(outcome(routes.staff.notifications(lng), result));
}

export async function unsubscribeAction(form: unknown) {
  const lng = localeFrom(form);
  const result = await perform(unsubscribe, { token: field(form, "token") });
  redirect(`/${lng}/unsubscribe?${result.ok ? `done=${result.data.kind}` : "error=invalid"}`);
}

/** Retries a failed e-mail, then returns to the page it was asked from (the outbox by default). */
export async function retryMailAction(form: unknown) {
  const lng = localeFrom(form);
  const result = await performRaw(retryMail, { id: field(form, "id") });
  const back = field(form, "back");
  redirect(outcome(isPortalPath(lng, back) ? back : routes.admin.outbox(lng), result));
}
