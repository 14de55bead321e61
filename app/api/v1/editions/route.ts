import { apiPreflight, apiRoute } from "@/lib/http/api-route";
import { endpoints } from "@/lib/open-data/endpoints";

export const { GET } = apiRoute(endpoints.editions);
export const OPTIONS = apiPreflight;
