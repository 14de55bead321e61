// The one permission map: who may do what, and for which country. Pure, so that the data layer,
// the pages (to hide what is not allowed) and the tests all ask the same question.
import type { Locale } from "@/lib/i18n/settings";

export const ROLES = ["admin", "coordinator", "secretariat", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose accounts must sign in with a second factor. */
export const TWO_FACTOR_REQUIRED: readonly Role[] = ["admin", "coordinator"];

export type Actor = {
  userId: string;
  sessionId: string;
  email: string;
  name: string;
  role: Role;
  countryCode: string | null;
  locale: Locale;
  twoFactorEnabled: boolean;
};

type Rule = {
  roles: readonly Role[];
  /** Secretariat staff may act only on their own country's records; admins on every country's. */
  countryScoped?: boolean;
  /** Translations: admins in every locale, coordinators in English, a secretariat in its country's language. */
  localeScoped?: boolean;
  /** Roles besides admins that act on every country's records of a country-scoped permission. */
  anyCountry?: readonly Role[];
};

/** Each member country's national language: its secretariat translates and reviews that locale. */
export const NATIONAL_LOCALE: Record<string, Locale> = {
  CN: "zh",
  KH: "km",
  LA: "lo",
  MM: "my",
  TH: "th",
  VN: "vi",
};

export type Target = { countryCode: string | null } | { locale: Locale };

export const PERMISSIONS = {
  /** The staff area: dashboards and unpublished data. */
  "staff.read": { roles: ROLES },
  /** One's own account: password, second factor, sessions. */
  "account.manage": { roles: ROLES },
  "users.manage": { roles: ["admin"] },
  /** One's own notification inbox and settings (every query is scoped to the signed-in user). */
  "notifications.own": { roles: ROLES },
  /** The e-mail outbox: what was sent to whom, failures, and retrying them. */
  "mail.admin": { roles: ["admin"] },
  /** Projects and their status updates: the lead country's secretariat, and admins. */
  "projects.edit": { roles: ["admin", "secretariat"], countryScoped: true },
  /**
   * Projects and status updates from spreadsheets: as `projects.edit`, and coordinators for every
   * country (they gather the national workbooks of the annual cycle; ADR 28).
   */
  "projects.import": {
    roles: ["admin", "coordinator", "secretariat"],
    countryScoped: true,
    anyCountry: ["coordinator"],
  },
  "audit.read": { roles: ["admin", "coordinator"] },
  /** Opening reporting periods and setting their dates. */
  "reports.periods": { roles: ["admin"] },
  /** A country's contribution to a period's report: narratives, submission, joint sign-offs, proposals. */
  "reports.contribute": { roles: ["admin", "secretariat"], countryScoped: true },
  /** Returning and approving contributions, the joint project list, issuing and publishing editions. */
  "reports.review": { roles: ["admin", "coordinator"] },
  /** Plans, their sections and paragraphs, and the source wording of plan texts. */
  "plan.edit": { roles: ["admin"] },
  /** Writing and reviewing the translations of a locale, and the glossary in that locale. */
  "translations.edit": { roles: ["admin", "coordinator", "secretariat"], localeScoped: true },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether the actor must still set up a second factor before doing anything else. */
export function mustEnrollTwoFactor(actor: Actor): boolean {
  return TWO_FACTOR_REQUIRED.includes(actor.role) && !actor.twoFactorEnabled;
}

/**
 * May `actor` do `permission`, on a record of `target.countryCode` when the permission is
 * country-scoped? Without a target, a country-scoped permission is checked for the role only
 * (e.g. "may create records for their own country").
 */
export function can(actor: Actor | null, permission: Permission, target?: Target): boolean {
  if (!actor) return false;
  const rule: Rule = PERMISSIONS[permission];
  if (!rule.roles.includes(actor.role)) return false;
  if (mustEnrollTwoFactor(actor) && permission !== "account.manage") return false;
  if (actor.role === "admin" || !target) return true;
  if (rule.localeScoped && "locale" in target) return mayTranslate(actor, target.locale);
  if (rule.countryScoped && "countryCode" in target) {
    if (rule.anyCountry?.includes(actor.role)) return true;
    return actor.countryCode !== null && actor.countryCode === target.countryCode;
  }
  return true;
}

function mayTranslate(actor: Actor, locale: Locale): boolean {
  if (locale === "en") return actor.role === "coordinator";
  return (
    actor.role === "secretariat" &&
    actor.countryCode !== null &&
    NATIONAL_LOCALE[actor.countryCode] === locale
  );
}

/** The locales whose translations `actor` may write and review. */
export function translatableLocales(actor: Actor | null, all: readonly Locale[]): Locale[] {
  return all.filter((locale) => can(actor, "translations.edit", { locale }));
}

/** Unpublished projects and report editions not yet published: signed-in staff only. */
export function seesUnpublished(actor: Actor | null): boolean {
  return can(actor, "staff.read");
}
