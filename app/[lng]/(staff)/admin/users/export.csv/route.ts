import { staffTableRoute } from "@/lib/exports/route";
import { userTable } from "@/lib/users/export";

/** The accounts with the list's filters, every match, as a .csv file. */
export const GET = staffTableRoute("csv", "users.manage", userTable);
