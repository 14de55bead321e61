// Every UI string exists in all seven locales: a missing, extra or empty key fails, and so does a
// translation that drops or invents an interpolation variable. Plural keys must cover exactly the
// plural categories the language has (Intl.PluralRules), e.g. _one/_other in English, _other in Thai.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultLocale, languageTag, locales, namespaces, type Locale } from "@/lib/i18n/settings";

const PLURAL = /^(.*?)(_ordinal)?_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (child && typeof child === "object") for (const entry of flatten(child, path)) out.set(...entry);
    else out.set(path, String(child));
  }
  return out;
}

function read(lng: Locale, ns: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(`locales/${lng}/${ns}.json`, "utf8")));
}

/** Keys as the code uses them: plural variants collapse to `base` / `base (ordinal)`. */
function expectedKeys(lng: Locale, english: Map<string, string>): string[] {
  const keys = new Set<string>();
  for (const key of english.keys()) {
    const plural = PLURAL.exec(key);
    if (!plural) {
      keys.add(key);
      continue;
    }
    const type = plural[2] ? "ordinal" : "cardinal";
    for (const category of new Intl.PluralRules(languageTag[lng], { type }).resolvedOptions().pluralCategories) {
      keys.add(`${plural[1]}${plural[2] ?? ""}_${category}`);
    }
  }
  return [...keys].sort();
}

const variables = (text: string) => [...text.matchAll(/{{\s*([\w]+)/g)].map((match) => match[1]!).sort();
const baseKey = (key: string) => PLURAL.exec(key)?.slice(1, 3).join("") ?? key;

describe.each(namespaces.map((ns) => [ns]))("locales/*/%s.json", (ns) => {
  const english = read(defaultLocale, ns);
  const englishVariables = new Map([...english].map(([key, text]) => [baseKey(key), variables(text)]));

  it.each(locales.map((lng) => [lng]))("%s has exactly the keys the code needs, none empty", (lng) => {
    const messages = read(lng, ns);
    expect([...messages.keys()].sort()).toEqual(expectedKeys(lng, english));
    for (const [key, text] of messages) expect(text.trim(), `${lng}/${ns}: ${key}`).not.toBe("");
  });

  it.each(locales.map((lng) => [lng]))("%s keeps every interpolation variable", (lng) => {
    // A plural form may leave out {{count}}: "lần thứ nhất" (Vietnamese "the first") needs no number.
    const withoutCount = (names: string[] = []) => names.filter((name) => name !== "count");
    for (const [key, text] of read(lng, ns)) {
      const plural = PLURAL.test(key);
      const expected = englishVariables.get(baseKey(key));
      expect(plural ? withoutCount(variables(text)) : variables(text), `${lng}/${ns}: ${key}`).toEqual(
        plural ? withoutCount(expected) : expected,
      );
    }
  });
});
