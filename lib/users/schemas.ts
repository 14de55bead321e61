// Input of the user-administration forms, shared by the browser and the server.
import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { locales } from "@/lib/i18n/settings";
import type { FormValues } from "@/lib/validation/form-values";
import { countryCode, version } from "@/lib/validation/primitives";

export const emailSchema = z.string().trim().toLowerCase().max(320).pipe(z.email());
const id = z.uuid();
const emptyAsNull = (value: unknown) => (value === "" || value === undefined ? null : value);

const userFields = z.object({
  name: z.string().trim().min(1).max(120),
  role: z.enum(ROLES),
  countryCode: z.preprocess(emptyAsNull, countryCode.nullable()),
  locale: z.enum(locales),
});

function countryMatchesRole(value: { role: string; countryCode: string | null }, context: z.RefinementCtx) {
  if (value.role === "secretariat" && !value.countryCode) {
    context.addIssue({ code: "custom", path: ["countryCode"], message: "validation.countryRequired" });
  }
  if (value.role !== "secretariat" && value.countryCode) {
    context.addIssue({
      code: "custom",
      path: ["countryCode"],
      message: "validation.countryOnlyForSecretariat",
    });
  }
}

export const createUserSchema = userFields.extend({ email: emailSchema }).superRefine(countryMatchesRole);
export const updateUserSchema = userFields.extend({ id, version }).superRefine(countryMatchesRole);
export const userVersionSchema = z.object({ id, version });
export const userIdSchema = z.object({ id });

export type CreateUserInput = z.infer<typeof createUserSchema>;
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

/** The user form's values: a new account's (its email included; an edit leaves the email as it is). */
export type UserFormValues = FormValues<typeof createUserSchema>;
