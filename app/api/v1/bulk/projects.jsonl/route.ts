import { apiPreflight } from "@/lib/http/api-route";
import { bulkRoute } from "@/lib/open-data/bulk";

/** Every published project in one streamed response, as JSON Lines. */
export const GET = bulkRoute("jsonl");
export const OPTIONS = apiPreflight;
