// The read matrix's rows for accounts, users, the audit trail, notifications, e-mail and
// translations: public reads and what would reveal the restricted records, restricted reads and
// who may make them (../read-matrix.test.ts).
import { getAccountOverview } from "@/lib/account/queries";
import { auditVocabulary, listAuditEvents, listRefusals } from "@/lib/audit/queries";
import { getTranslationDetail, getWorkspace } from "@/lib/translations/queries";
import { getUserForEdit, listUsers, userFilterSchema } from "@/lib/users/queries";
import { auditExportBatch } from "@/lib/audit/export";
import { userExportBatch } from "@/lib/users/export";
import {
  listNotifications,
  listPeriodReminders,
  notificationPath,
  notificationSettings,
  unreadCount,
} from "@/lib/notifications/queries";
import { fixture, type Row, SIGNED_IN } from "./shared";

export const adminRows: Record<string, Row> = {
  // The Thai workspace: the Thai secretariat and admins (coordinators translate English).
  "translations.workspace": {
    access: "restricted",
    allowed: ["secretariat", "admin"],
    call: (v) => getWorkspace(v, "th", { kind: "projects" }, "all", 1),
  },
  "translations.detail": {
    access: "restricted",
    allowed: ["secretariat", "admin"],
    call: (v) => getTranslationDetail(v, fixture.hidden.titleId, "th"),
  },
  "users.list": {
    access: "restricted",
    allowed: ["admin"],
    call: (v) => listUsers(v, userFilterSchema.parse({})),
  },
  "users.forEdit": {
    access: "restricted",
    allowed: ["admin"],
    call: (v) => getUserForEdit(v, fixture.userId),
  },
  "audit.list": {
    access: "restricted",
    allowed: ["coordinator", "admin"],
    call: (v) => listAuditEvents(v, {}),
  },
  "audit.exportBatch": {
    access: "restricted",
    allowed: ["coordinator", "admin"],
    call: (v) => auditExportBatch(v, {}, null),
  },
  "users.exportBatch": {
    access: "restricted",
    allowed: ["admin"],
    call: (v) => userExportBatch(v, userFilterSchema.parse({}), null),
  },
  "audit.vocabulary": {
    access: "restricted",
    allowed: ["coordinator", "admin"],
    call: (v) => auditVocabulary(v),
  },
  "audit.refusals": {
    access: "restricted",
    allowed: ["coordinator", "admin"],
    call: (v) => listRefusals(v, undefined),
  },
  "account.overview": { access: "restricted", allowed: SIGNED_IN, call: (v) => getAccountOverview(v) },
  // Each signed-in user reads their own inbox and settings (scoped by the session, not the input).
  "notifications.inbox": {
    access: "restricted",
    allowed: SIGNED_IN,
    call: (v) => listNotifications(v, "en"),
  },
  "notifications.unreadCount": { access: "restricted", allowed: SIGNED_IN, call: (v) => unreadCount(v) },
  "notifications.path": {
    access: "restricted",
    allowed: SIGNED_IN,
    call: (v) => notificationPath(v, "00000000-0000-4000-8000-000000000000"),
  },
  "notifications.settings": {
    access: "restricted",
    allowed: SIGNED_IN,
    call: (v) => notificationSettings(v),
  },
  "mail.periodReminders": {
    access: "restricted",
    allowed: ["admin"],
    call: (v) => listPeriodReminders(v, "00000000-0000-4000-8000-000000000000"),
  },
};
