import { ClientI18n } from "@/components/i18n/client-i18n";
import { StaffBar } from "@/components/staff/staff-bar";
import { getActor } from "@/lib/auth/actor";
import { clientResources } from "@/lib/i18n/resources";
import { localeOf } from "@/lib/i18n/route-params";

// Staff pages show the signed-in user's own data: rendered for every request, never cached.
export const dynamic = "force-dynamic";

export default async function StaffLayout({ children, params }: LayoutProps<"/[lng]">) {
  const lng = await localeOf(params);
  const [actor, resources] = await Promise.all([
    getActor(),
    clientResources(lng, ["staff", "projects", "reports", "translations"]),
  ]);
  return (
    <ClientI18n lng={lng} resources={resources}>
      {actor && <StaffBar actor={actor} lng={lng} />}
      {children}
    </ClientI18n>
  );
}
