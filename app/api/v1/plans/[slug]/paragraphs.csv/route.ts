import { apiPreflight, apiRoute } from "@/lib/http/api-route";
import { endpoints } from "@/lib/open-data/endpoints";

/** /api/v1/plans/{slug}/paragraphs.csv: the list as CSV, whatever the Accept header says. */
export const { csv: GET } = apiRoute(endpoints.paragraphs);
export const OPTIONS = apiPreflight;
