import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ClientI18n } from "@/components/i18n/client-i18n";
import { StaffBar } from "@/components/staff/staff-bar";
import { getActor } from "@/lib/auth/actor";
import { REQUEST_PATH_HEADER } from "@/lib/http/request-path";
import { clientResources } from "@/lib/i18n/resources";
import { localeOf } from "@/lib/i18n/route-params";
import { isPortalPath, routes } from "@/lib/routes";

// Staff pages show the signed-in user's own data: rendered for every request, never cached.
export const dynamic = "force-dynamic";

/**
 * The staff area is for signed-in staff only. This is a second line of defence: every page checks
 * its own permission, and every read and write checks the viewer in the data layer.
 */
export default async function StaffLayout({ children, params }: LayoutProps<"/[lng]">) {
  const lng = await localeOf(params);
  const actor = await getActor();
  if (!actor) {
    const path = (await headers()).get(REQUEST_PATH_HEADER);
    redirect(routes.signIn(lng, isPortalPath(lng, path) ? path : undefined));
  }
  const resources = await clientResources(lng, ["staff", "projects", "reports", "translations", "imports"]);
  return (
    <ClientI18n lng={lng} resources={resources}>
      <StaffBar actor={actor} lng={lng} />
      {children}
    </ClientI18n>
  );
}
