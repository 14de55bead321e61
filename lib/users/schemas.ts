// Input of the user-administration forms, shared by the browser and the server.
import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";
import { locales } from "@/lib/i18n/settings";

export const emailSchema = z.string().trim().toLowerCase().max(320).pipe(z.email());
const id = z.uuid();
const version = z.coerce.number().int().min(1);
const emptyAsNull = (value: unknown) => (value === "" || value === undefined ? null : value);

const userFields = z.object({
  name: z.string().trim().min(1).max(120),
  role: z.enum(ROLES),
  countryCode: z.preprocess(
    emptyAsNull,
    z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullable(),
  ),
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
