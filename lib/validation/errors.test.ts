import { describe, expect, it } from "vitest";
import { changePasswordSchema, enableTwoFactorSchema } from "@/lib/account/schemas";
import { createUserSchema } from "@/lib/users/schemas";
import { fieldErrors } from "./errors";

const errorsOf = (
  schema: { safeParse(value: unknown): { success: boolean; error?: unknown } },
  value: unknown,
) => {
  const result = schema.safeParse(value);
  return result.success ? {} : fieldErrors(result.error as never);
};

describe("validation problems are translation keys", () => {
  it("for required, too long, bad email and wrong choices", () => {
    const errors = errorsOf(createUserSchema, {
      email: "not-an-email",
      name: "",
      role: "king",
      countryCode: "",
      locale: "fr",
    });
    expect(errors.email).toEqual([{ key: "validation.email" }]);
    expect(errors.name).toEqual([{ key: "validation.required" }]);
    expect(errors.role).toEqual([{ key: "validation.choose" }]);
    expect(errors.locale).toEqual([{ key: "validation.choose" }]);
    expect(
      errorsOf(createUserSchema, { email: "a@b.org", name: "x".repeat(121), role: "viewer", locale: "en" })
        .name,
    ).toEqual([{ key: "validation.tooLong", params: { maximum: 120 } }]);
  });

  it("for rules across fields", () => {
    expect(
      errorsOf(createUserSchema, {
        email: "a@b.org",
        name: "A",
        role: "secretariat",
        countryCode: "",
        locale: "th",
      }).countryCode,
    ).toEqual([{ key: "validation.countryRequired" }]);
    expect(
      errorsOf(createUserSchema, {
        email: "a@b.org",
        name: "A",
        role: "viewer",
        countryCode: "TH",
        locale: "th",
      }).countryCode,
    ).toEqual([{ key: "validation.countryOnlyForSecretariat" }]);
    const password = errorsOf(changePasswordSchema, {
      currentPassword: "x",
      newPassword: "short",
      confirmPassword: "other",
    });
    expect(password.newPassword).toEqual([{ key: "validation.tooShort", params: { minimum: 12 } }]);
    expect(password.confirmPassword).toEqual([{ key: "validation.passwordsDiffer" }]);
  });

  it("with a schema's own key", () => {
    expect(errorsOf(enableTwoFactorSchema, { enrollment: "x".repeat(30), code: "12a456" }).code).toEqual([
      { key: "validation.code" },
    ]);
  });

  it("normalises emails before checking them", () => {
    const result = createUserSchema.safeParse({
      email: "  Somchai@Example.ORG ",
      name: "S",
      role: "viewer",
      countryCode: "",
      locale: "th",
    });
    expect(result.success && result.data.email).toBe("somchai@example.org");
  });
});
