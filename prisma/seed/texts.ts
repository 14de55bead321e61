// Builds Text rows and their translations in bulk for the seed.
import { randomUUID } from "node:crypto";
import type { Prisma } from "../../generated/prisma/client";
import type { Locale, TranslationStatus } from "../../generated/prisma/enums";

export type LocalizedValues = Partial<Record<Locale, string>>;

/** A seeded text: its source locale, the locales whose wording is already reviewed, and the values. */
export type SeedText = { source: Locale; reviewed?: Locale[]; values: LocalizedValues };

export class TextBatch {
  private readonly texts: Prisma.TextCreateManyInput[] = [];
  private readonly translations: Prisma.TextTranslationCreateManyInput[] = [];

  add({ source, reviewed = [], values }: SeedText): string {
    if (!values[source]?.trim())
      throw new Error(`Seed text without its ${source} source: ${JSON.stringify(values)}`);
    const id = randomUUID();
    this.texts.push({ id, sourceLocale: source });
    for (const [locale, value] of Object.entries(values) as [Locale, string][]) {
      if (!value.trim()) continue;
      const status: TranslationStatus =
        locale === source ? "source" : reviewed.includes(locale) ? "reviewed" : "draft";
      this.translations.push({ textId: id, locale, value: value.trim(), status });
    }
    return id;
  }

  async insert(db: Prisma.TransactionClient): Promise<void> {
    await db.text.createMany({ data: this.texts });
    await db.textTranslation.createMany({ data: this.translations });
  }
}
