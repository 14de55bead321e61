/** The request header in which proxy.ts hands the requested path (and query) to layouts. */
export const REQUEST_PATH_HEADER = "x-lmc-path";
