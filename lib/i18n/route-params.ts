import { notFound } from "next/navigation";
import { isLocale, type Locale } from "./settings";

/** The locale of a route under app/[lng]; an unknown one is a 404, never an error. */
export async function localeOf(params: Promise<{ lng: string }>): Promise<Locale> {
  const { lng } = await params;
  if (!isLocale(lng)) notFound();
  return lng;
}
