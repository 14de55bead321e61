import type { Metadata } from "next";
import { OutcomeNotice } from "@/components/notifications/outcome-notice";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { localeOf } from "@/lib/i18n/route-params";
import { getT } from "@/lib/i18n/server";
import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { unsubscribeAction } from "@/lib/notifications/actions";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";

// Where an e-mail's unsubscribe link leads. Opening the link changes nothing (mail scanners open
// links): the page asks, and the button does it. No sign-in: the link's signature is the proof.

// Rendered for each request: it reads the link's token from the address.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[lng]/unsubscribe">): Promise<Metadata> {
  const t = await getT(await localeOf(params), "notifications");
  return { title: t("unsubscribe.title"), robots: { index: false } };
}

const kindOf = (value: unknown) => NOTIFICATION_KINDS.find((kind) => kind === value);

export default async function UnsubscribePage({ params, searchParams }: PageProps<"/[lng]/unsubscribe">) {
  const lng = await localeOf(params);
  const [t, query] = await Promise.all([getT(lng, "notifications"), searchParams]);
  const done = kindOf(query.done);
  const token = typeof query.token === "string" ? query.token : "";
  const link = token ? readUnsubscribeToken(token) : null;
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={t("unsubscribe.title")} />
      {done ? (
        <OutcomeNotice done={t("unsubscribe.done", { kind: t(`kinds.${done}`) })} />
      ) : !link || query.error ? (
        <OutcomeNotice error={t("unsubscribe.invalid")} />
      ) : (
        <form action={unsubscribeAction} className="space-y-4">
          <input type="hidden" name="lng" value={lng} />
          <input type="hidden" name="token" value={token} />
          <p>{t("unsubscribe.confirm", { kind: t(`kinds.${link.kind}`) })}</p>
          <Button type="submit" variant="primary">
            {t("unsubscribe.button")}
          </Button>
        </form>
      )}
    </div>
  );
}
