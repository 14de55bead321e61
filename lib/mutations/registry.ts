import "server-only";
import * as account from "@/lib/account/mutations";
import * as briefing from "@/lib/briefing/mutations";
import * as imports from "@/lib/imports/mutations";
import * as notifications from "@/lib/notifications/mutations";
import * as plan from "@/lib/plan/mutations";
import * as outline from "@/lib/plan/outline-mutations";
import * as projects from "@/lib/projects/mutations";
import * as updates from "@/lib/projects/update-mutations";
import * as editions from "@/lib/reports/edition-mutations";
import * as joint from "@/lib/reports/joint-mutations";
import * as periods from "@/lib/reports/period-mutations";
import * as reports from "@/lib/reports/report-mutations";
import * as translations from "@/lib/translations/mutations";
import * as users from "@/lib/users/mutations";
import type { Mutation } from "./define";

const isMutation = (value: unknown): value is Mutation =>
  typeof value === "object" &&
  value !== null &&
  "execute" in value &&
  "name" in value &&
  "permission" in value;

/**
 * Every mutation of the portal. Server actions call these, and the permission-matrix test walks
 * this list, so a mutation added to a domain module is tested the moment it exists.
 */
export const mutations: Mutation[] = (
  [
    ...Object.values(users),
    ...Object.values(account),
    ...Object.values(projects),
    ...Object.values(updates),
    ...Object.values(periods),
    ...Object.values(reports),
    ...Object.values(joint),
    ...Object.values(editions),
    ...Object.values(briefing),
    ...Object.values(plan),
    ...Object.values(outline),
    ...Object.values(translations),
    ...Object.values(imports),
    ...Object.values(notifications),
  ] as unknown[]
).filter(isMutation);
