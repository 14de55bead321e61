// The API reference, drawn from the OpenAPI document the API itself serves (lib/open-data/openapi.ts),
// so it cannot describe another API than the one running. Each list has a plain GET form: filled in
// and sent, it opens the real answer, without any script on the page. The descriptions are the
// document's, in English, and marked so for readers of other languages.
import type { TFunction } from "i18next";
import { languageTag, type Locale } from "@/lib/i18n/settings";
import { openApiDocument } from "@/lib/open-data/openapi";

type Parameter = {
  in: "query" | "path";
  name: string;
  description?: string;
  required?: boolean;
  schema: { type?: string; enum?: string[]; default?: unknown; example?: unknown };
};
type Operation = { operationId: string; summary: string; description?: string; parameters?: Parameter[] };

const FIELD = "w-full rounded border border-slate-400 px-2 py-1.5 text-sm";

function ParameterField({ parameter, id }: { parameter: Parameter; id: string }) {
  const { schema } = parameter;
  if (schema.enum) {
    return (
      <select id={id} name={parameter.name} defaultValue={String(schema.default ?? "")} className={FIELD}>
        {schema.default === undefined && <option value="" />}
        {schema.enum.map((value) => (
          <option key={value}>{value}</option>
        ))}
      </select>
    );
  }
  return (
    <input
      id={id}
      name={parameter.name}
      type="text"
      inputMode={schema.type === "integer" ? "numeric" : undefined}
      placeholder={schema.example === undefined ? undefined : String(schema.example)}
      className={FIELD}
    />
  );
}

/** Path parameters filled in with real values where the data has them, else the document's examples. */
function exampleAddress(
  address: string,
  parameters: Parameter[],
  examples: Record<string, string | undefined>,
) {
  return address.replace(/\{(\w+)\}/g, (_, name: string) => {
    const example = parameters.find((parameter) => parameter.name === name)?.schema.example;
    return examples[name] ?? String(example ?? name);
  });
}

export function ApiReference({
  lng,
  t,
  examples,
}: {
  lng: Locale;
  t: TFunction<"api">;
  /** Values for path parameters, by name: a published project's code, a plan's slug, an edition's number. */
  examples: Record<string, string | undefined>;
}) {
  const document = openApiDocument();
  const english = lng === "en" ? undefined : languageTag.en;
  const paths = Object.entries(document.paths ?? {}) as [string, { get: Operation }][];
  return (
    <div className="space-y-6">
      {paths.map(([path, { get: operation }]) => {
        const query = (operation.parameters ?? []).filter((parameter) => parameter.in === "query");
        const hasPath = (operation.parameters ?? []).some((parameter) => parameter.in === "path");
        const address = `/api/v1${path}`;
        const example = exampleAddress(address, operation.parameters ?? [], examples);
        return (
          <section
            key={path}
            aria-labelledby={`op-${operation.operationId}`}
            className="rounded border border-slate-200 p-4"
          >
            <h3
              id={`op-${operation.operationId}`}
              className="font-mono text-base font-semibold break-all text-river-800"
            >
              GET {address}
            </h3>
            <p lang={english} className="mt-1 text-slate-700">
              {operation.summary}
            </p>
            {operation.description && (
              <p lang={english} className="mt-1 text-sm text-slate-600">
                {operation.description}
              </p>
            )}
            <p className="mt-2 text-sm">
              {t("developers.example")}:{" "}
              <a href={example} className="font-mono break-all text-river-700 underline">
                {example}
              </a>
            </p>
            {!hasPath && query.length > 0 && (
              <form method="get" action={address} className="mt-3">
                <fieldset>
                  <legend className="text-sm font-semibold">{t("developers.parameters")}</legend>
                  <div className="mt-2 grid gap-3 sm:grid-cols-2">
                    {query.map((parameter) => {
                      const id = `${operation.operationId}-${parameter.name}`;
                      return (
                        <div key={parameter.name}>
                          <label htmlFor={id} className="block font-mono text-sm font-semibold">
                            {parameter.name}
                          </label>
                          <ParameterField parameter={parameter} id={id} />
                          {parameter.description && (
                            <p lang={english} className="mt-1 text-xs text-slate-600">
                              {parameter.description}
                            </p>
                          )}
                        </div>
                      );
                    })}
                  </div>
                </fieldset>
                <button
                  type="submit"
                  className="mt-3 rounded bg-river-700 px-4 py-2 text-sm font-semibold text-white hover:bg-river-800"
                >
                  {t("developers.send")}
                </button>
              </form>
            )}
          </section>
        );
      })}
    </div>
  );
}
