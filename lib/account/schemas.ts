// Input of the account forms (own password, second factor, sessions) and of the password link.
import { z } from "zod";

const newPassword = z.string().min(12).max(128);

function confirmed(value: { newPassword: string; confirmPassword: string }, context: z.RefinementCtx) {
  if (value.newPassword !== value.confirmPassword) {
    context.addIssue({ code: "custom", path: ["confirmPassword"], message: "validation.passwordsDiffer" });
  }
}

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1).max(256), newPassword, confirmPassword: z.string().max(256) })
  .superRefine(confirmed);

export const resetPasswordSchema = z
  .object({ token: z.string().min(20).max(100), newPassword, confirmPassword: z.string().max(256) })
  .superRefine(confirmed);

export const totpCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, { error: "validation.code" });

export const enableTwoFactorSchema = z.object({
  enrollment: z.string().min(20).max(500),
  code: totpCodeSchema,
  /** Asked when an authenticator is already set up and is being replaced. */
  password: z.string().max(256).optional(),
});
export const confirmWithCodeSchema = z.object({ code: totpCodeSchema });
export const confirmWithPasswordSchema = z.object({ password: z.string().min(1).max(256) });
export const sessionIdSchema = z.object({ id: z.uuid() });
export const noInputSchema = z.object({});
