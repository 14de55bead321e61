import { apiPreflight, apiRoute } from "@/lib/http/api-route";
import { endpoints } from "@/lib/open-data/endpoints";

/** /api/v1/working-groups.csv: the list as CSV, whatever the Accept header says. */
export const { csv: GET } = apiRoute(endpoints.workingGroups);
export const OPTIONS = apiPreflight;
