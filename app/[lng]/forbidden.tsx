"use client";

import { useParams } from "next/navigation";
import { errorMessages } from "@/lib/i18n/error-messages";

export default function Forbidden() {
  const { lng } = useParams<{ lng: string }>();
  const { forbidden } = errorMessages(lng);
  return (
    <div className="space-y-4 py-12" data-testid="forbidden">
      <title>{forbidden.title}</title>
      <h1 className="text-3xl font-bold text-river-900">{forbidden.title}</h1>
      <p className="text-lg text-slate-700">{forbidden.body}</p>
      <p>
        <a href={`/${lng}/staff`} className="text-river-700 underline">
          {forbidden.home}
        </a>
      </p>
    </div>
  );
}
