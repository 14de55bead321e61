import { staffTableRoute } from "@/lib/exports/route";
import { userTable } from "@/lib/users/export";

/** The accounts with the list's filters, every match, as a .xlsx file. */
export const GET = staffTableRoute("xlsx", "users.manage", userTable);
