import "i18next";
import type api from "../locales/en/api.json";
import type common from "../locales/en/common.json";
import type error from "../locales/en/error.json";
import type imports from "../locales/en/imports.json";
import type notifications from "../locales/en/notifications.json";
import type plan from "../locales/en/plan.json";
import type projects from "../locales/en/projects.json";
import type reports from "../locales/en/reports.json";
import type dashboard from "../locales/en/dashboard.json";
import type staff from "../locales/en/staff.json";
import type translations from "../locales/en/translations.json";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: {
      common: typeof common;
      api: typeof api;
      imports: typeof imports;
      notifications: typeof notifications;
      plan: typeof plan;
      error: typeof error;
      staff: typeof staff;
      projects: typeof projects;
      reports: typeof reports;
      dashboard: typeof dashboard;
      translations: typeof translations;
    };
  }
}
