"use client";

import { useParams } from "next/navigation";
import { errorMessages } from "@/lib/i18n/error-messages";
import { routes } from "@/lib/routes";
import { PAGE_TITLE } from "@/components/ui/page-header";

export default function NotFound() {
  const { lng } = useParams<{ lng: string }>();
  const { notFound } = errorMessages(lng);
  return (
    <div className="space-y-4 py-12" data-testid="not-found">
      <title>{notFound.title}</title>
      <meta name="robots" content="noindex" />
      <h1 className={PAGE_TITLE}>{notFound.title}</h1>
      <p className="text-lg text-slate-700">{notFound.body}</p>
      <ul className="flex flex-wrap gap-4">
        <li>
          <a href={routes.home(lng)} className="text-river-700 underline">
            {notFound.home}
          </a>
        </li>
        <li>
          <a href={routes.plan(lng)} className="text-river-700 underline">
            {notFound.plan}
          </a>
        </li>
      </ul>
    </div>
  );
}
