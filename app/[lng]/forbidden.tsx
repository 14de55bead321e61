"use client";

import { useParams } from "next/navigation";
import { errorMessages } from "@/lib/i18n/error-messages";
import { routes } from "@/lib/routes";
import { PAGE_TITLE } from "@/components/ui/page-header";

export default function Forbidden() {
  const { lng } = useParams<{ lng: string }>();
  const { forbidden } = errorMessages(lng);
  return (
    <div className="space-y-4 py-12" data-testid="forbidden">
      <title>{forbidden.title}</title>
      <h1 className={PAGE_TITLE}>{forbidden.title}</h1>
      <p className="text-lg text-slate-700">{forbidden.body}</p>
      <p>
        <a href={routes.staff.home(lng)} className="text-river-700 underline">
          {forbidden.home}
        </a>
      </p>
    </div>
  );
}
