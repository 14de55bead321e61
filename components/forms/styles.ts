// Button styles shared by the forms, so every button of the staff area looks and focuses alike.
export const BUTTON =
  "rounded border border-slate-400 px-3 py-1.5 text-sm hover:bg-slate-50 focus:outline-none focus:ring-2 focus:ring-river-600 disabled:opacity-60";
export const PRIMARY_BUTTON =
  "rounded bg-river-700 px-4 py-2 font-semibold text-white hover:bg-river-800 focus:outline-none focus:ring-2 focus:ring-river-600 focus:ring-offset-2 disabled:opacity-60";
