import { getT } from "@/lib/i18n/server";
import { languageTag, type Locale } from "@/lib/i18n/settings";
import { sourceDiff, type DiffPart } from "@/lib/translations/source-diff";

function Parts({ parts }: { parts: DiffPart[] }) {
  return parts.map((part, index) =>
    part.change === "removed" ? (
      <del key={index} className="bg-red-100 text-red-900">
        {part.value}
      </del>
    ) : part.change === "added" ? (
      <ins key={index} className="bg-green-100 text-green-900 no-underline">
        {part.value}
      </ins>
    ) : (
      <span key={index}>{part.value}</span>
    ),
  );
}

/** The source as the translation was made from it, beside the source as it is now. */
export async function SourceDiffView({
  before,
  after,
  sourceLocale,
  lng,
}: {
  before: string;
  after: string;
  sourceLocale: Locale;
  lng: Locale;
}) {
  const t = await getT(lng, "translations");
  const diff = sourceDiff(before, after, languageTag[sourceLocale]);
  return (
    <section
      aria-labelledby="source-diff"
      className="space-y-2 rounded border border-earth-600 bg-earth-50 p-4"
      data-testid="source-diff"
    >
      <h2 id="source-diff" className="font-semibold">
        {t("editor.diffTitle")}
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <h3 className="text-sm font-medium text-slate-700">{t("editor.diffBefore")}</h3>
          <p lang={languageTag[sourceLocale]} className="whitespace-pre-wrap rounded bg-white p-2">
            <Parts parts={diff.before} />
          </p>
        </div>
        <div>
          <h3 className="text-sm font-medium text-slate-700">{t("editor.diffAfter")}</h3>
          <p lang={languageTag[sourceLocale]} className="whitespace-pre-wrap rounded bg-white p-2">
            <Parts parts={diff.after} />
          </p>
        </div>
      </div>
    </section>
  );
}
