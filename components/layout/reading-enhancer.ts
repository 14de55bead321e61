// What the reading pages do in the browser, without React: they are sent without Next's runtime
// and hydration data (lib/http/reading-pages.ts, docs/decisions/0025), and this small script,
// inlined at the end of each, gives back the three behaviours their client components have when
// hydrated elsewhere — the phone menu and the folded filters (buttons with aria-expanded and
// aria-controls), and the language switcher remembering the language and carrying the query and
// the #fragment over. It is self-contained: compiled on its own into one inline script.

/** A button opening and closing the element it controls, which says its open display class. */
function wireDisclosure(button: HTMLButtonElement) {
  const target = document.getElementById(button.getAttribute("aria-controls") ?? "");
  if (!target) return;
  const openClass = target.dataset.openClass ?? "block";
  const setOpen = (open: boolean) => {
    button.setAttribute("aria-expanded", String(open));
    target.classList.toggle("hidden", !open);
    target.classList.toggle(openClass, open);
  };
  button.addEventListener("click", () => setOpen(button.getAttribute("aria-expanded") !== "true"));
  if (button.dataset.closeOnEscape === undefined) return;
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || button.getAttribute("aria-expanded") !== "true") return;
    setOpen(false);
    button.focus();
  });
}

/** The language switcher: remembers the language read (a cookie the server wrote out) and keeps the place. */
function wireLanguageSwitcher(switcher: HTMLElement) {
  const cookie = switcher.dataset.localeCookie;
  if (cookie && !document.cookie.split("; ").includes(cookie.split(";")[0]!)) document.cookie = cookie;
  for (const link of switcher.querySelectorAll<HTMLAnchorElement>("a[hreflang]")) {
    const page = link.getAttribute("href");
    link.addEventListener("click", () => {
      link.href = page + window.location.search + window.location.hash;
    });
  }
}

document.querySelectorAll<HTMLButtonElement>("button[aria-controls][aria-expanded]").forEach(wireDisclosure);
document.querySelectorAll<HTMLElement>("[data-locale-cookie]").forEach(wireLanguageSwitcher);
