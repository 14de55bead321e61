import { apiPreflight, apiRoute } from "@/lib/http/api-route";
import { endpoints } from "@/lib/open-data/endpoints";

export const { GET } = apiRoute(endpoints.sections);
export const OPTIONS = apiPreflight;
