import { apiPreflight, apiRoute } from "@/lib/http/api-route";
import { endpoints } from "@/lib/open-data/endpoints";

/** /api/v1/editions.csv: the list as CSV, whatever the Accept header says. */
export const { csv: GET } = apiRoute(endpoints.editions);
export const OPTIONS = apiPreflight;
