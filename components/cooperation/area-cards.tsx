import { Localized } from "@/components/i18n/localized";
import type { AreaView } from "@/lib/cooperation/queries";
import type { Locale } from "@/lib/i18n/settings";
import { routes } from "@/lib/routes";

export function AreaCards({ areas, lng }: { areas: AreaView[]; lng: Locale }) {
  return (
    <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {areas.map((area) => (
        <li key={area.slug}>
          <a
            href={routes.priorityArea(lng, area.slug)}
            className="block h-full rounded border border-slate-200 p-5 hover:border-river-600 hover:bg-river-50"
          >
            <Localized as="h3" text={area.name} lng={lng} className="text-lg font-semibold text-river-800" />
            {area.description && (
              <Localized as="p" text={area.description} lng={lng} className="mt-1 text-slate-700" />
            )}
          </a>
        </li>
      ))}
    </ol>
  );
}
