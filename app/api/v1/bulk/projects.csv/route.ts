import { apiPreflight } from "@/lib/http/api-route";
import { bulkRoute } from "@/lib/open-data/bulk";

/** Every published project in one streamed response, as CSV. */
export const GET = bulkRoute("csv");
export const OPTIONS = apiPreflight;
