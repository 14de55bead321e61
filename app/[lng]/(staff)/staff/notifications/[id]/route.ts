import { redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "@/lib/auth/actor";
import { isLocale } from "@/lib/i18n/settings";
import { perform } from "@/lib/mutations/perform";
import { markNotificationsRead } from "@/lib/notifications/mutations";
import { notificationPath } from "@/lib/notifications/queries";
import { routes } from "@/lib/routes";

/**
 * Opens a notification from the inbox: marks it read and goes on to the page it is about. Another
 * user's notification, or none, leads back to the inbox (the read is scoped to the signed-in user).
 */
export async function GET(_request: Request, { params }: RouteContext<"/[lng]/staff/notifications/[id]">) {
  const { lng: raw, id } = await params;
  const lng = isLocale(raw) ? raw : "en";
  const actor = await getActor();
  if (!actor) redirect(routes.signIn(lng, routes.staff.notifications(lng)));
  const path = z.uuid().safeParse(id).success ? await notificationPath(actor, id) : null;
  if (!path) redirect(routes.staff.notifications(lng));
  await perform(markNotificationsRead, { ids: [id] });
  redirect(`/${lng}${path}`);
}
