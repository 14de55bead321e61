import { notFound } from "next/navigation";

/** Any path under a locale that no route matches: the locale's own 404 page. */
export default function UnknownPage() {
  notFound();
}
