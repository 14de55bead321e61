import { apiPreflight, apiRoute } from "@/lib/http/api-route";
import { endpoints } from "@/lib/open-data/endpoints";

/** /api/v1/projects.csv: the project list as CSV, whatever the Accept header says. */
export const { csv: GET } = apiRoute(endpoints.projects);
export const OPTIONS = apiPreflight;
