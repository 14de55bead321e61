// Numbers put into translated messages, formatted like every other number of the portal: i18next
// hands each interpolated value to this formatter (`alwaysFormat`), in the browser as on the server.
import type { FormatterModule, InitOptions } from "i18next";
import { formatMessageValue } from "./format";
import { isLocale } from "./settings";

export const messageValues: FormatterModule = {
  type: "formatter",
  init() {},
  add() {},
  addCached() {},
  format(value, _format, lng, options) {
    if (!lng || !isLocale(lng)) return value;
    return formatMessageValue(value, (options as { interpolationkey?: string })?.interpolationkey, lng);
  },
};

/** The interpolation settings both i18next instances use (React escapes; values are formatted). */
export const interpolation: InitOptions["interpolation"] = { escapeValue: false, alwaysFormat: true };
