// The limits of a spreadsheet brought into the portal, said on the import page before a file is
// chosen and in the refusal when one is over them.

/** 10 MB of file, counted while the upload streams in. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Rows of data (the header row aside) in the sheet read. */
export const MAX_IMPORT_ROWS = 5_000;
/** What the parts of a workbook may unpack to, together: a zip bomb is refused before it unpacks. */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
/** Rejected rows kept with an import's record and shown (the counts cover them all). */
export const MAX_LISTED_PROBLEMS = 500;
