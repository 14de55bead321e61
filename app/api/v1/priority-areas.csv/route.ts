import { apiPreflight, apiRoute } from "@/lib/http/api-route";
import { endpoints } from "@/lib/open-data/endpoints";

/** /api/v1/priority-areas.csv: the list as CSV, whatever the Accept header says. */
export const { csv: GET } = apiRoute(endpoints.priorityAreas);
export const OPTIONS = apiPreflight;
