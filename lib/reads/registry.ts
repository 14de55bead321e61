import "server-only";
import * as account from "@/lib/account/queries";
import * as auditExport from "@/lib/audit/export";
import * as audit from "@/lib/audit/queries";
import * as briefing from "@/lib/briefing/queries";
import * as dashboard from "@/lib/dashboard/cached";
import * as iati from "@/lib/iati/queries";
import * as notifications from "@/lib/notifications/queries";
import * as imports from "@/lib/imports/queries";
import * as projectExport from "@/lib/imports/project-export";
import * as updateExport from "@/lib/imports/update-export";
import * as planEditor from "@/lib/plan/editor-queries";
import * as plan from "@/lib/plan/queries";
import * as attachments from "@/lib/projects/attachments";
import * as projects from "@/lib/projects/queries";
import * as rollups from "@/lib/projects/rollup";
import * as editionExport from "@/lib/reports/edition-export";
import * as editions from "@/lib/reports/edition-queries";
import * as reports from "@/lib/reports/queries";
import * as translations from "@/lib/translations/queries";
import * as userExport from "@/lib/users/export";
import * as users from "@/lib/users/queries";
import { isRead, type Read } from "./define";

/**
 * Every read of the portal that can return restricted data. The read-matrix test walks this list,
 * so a read added to a domain module is tested against every role the moment it exists.
 */
export const reads: Read<unknown[], unknown>[] = (
  [
    ...Object.values(projects),
    ...Object.values(rollups),
    ...Object.values(attachments),
    ...Object.values(dashboard),
    ...Object.values(iati),
    ...Object.values(imports),
    ...Object.values(projectExport),
    ...Object.values(updateExport),
    ...Object.values(editions),
    ...Object.values(editionExport),
    ...Object.values(briefing),
    ...Object.values(reports),
    ...Object.values(plan),
    ...Object.values(planEditor),
    ...Object.values(translations),
    ...Object.values(users),
    ...Object.values(userExport),
    ...Object.values(audit),
    ...Object.values(auditExport),
    ...Object.values(account),
    ...Object.values(notifications),
  ] as unknown[]
).filter(isRead);
