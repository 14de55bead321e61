// Validation problems as translation keys (in the `staff` namespace, under `validation.`), so the
// same zod schema yields the same translated message in the browser and from the server.
import type { z } from "zod";

export type Problem = { key: string; params?: Record<string, string | number> };
export type FieldErrors = Record<string, Problem[]>;

function problemOf(issue: z.core.$ZodIssue): Problem {
  // A schema may name its own message key, e.g. { error: "validation.code" }.
  if (issue.message.startsWith("validation.")) {
    const params = issue.code === "custom" ? (issue.params as Problem["params"]) : undefined;
    return params ? { key: issue.message, params } : { key: issue.message };
  }
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "number")
        return { key: "validation.numberAtLeast", params: { minimum: Number(issue.minimum) } };
      return Number(issue.minimum) <= 1 && issue.origin === "string"
        ? { key: "validation.required" }
        : { key: "validation.tooShort", params: { minimum: Number(issue.minimum) } };
    case "too_big":
      if (issue.origin === "number")
        return { key: "validation.numberAtMost", params: { maximum: Number(issue.maximum) } };
      return { key: "validation.tooLong", params: { maximum: Number(issue.maximum) } };
    case "invalid_format":
      return {
        key:
          issue.format === "email"
            ? "validation.email"
            : issue.format === "url"
              ? "validation.url"
              : "validation.format",
      };
    case "invalid_type":
      return { key: issue.expected === "number" ? "validation.number" : "validation.invalid" };
    case "invalid_value":
      return { key: "validation.choose" };
    default:
      return { key: "validation.invalid" };
  }
}

export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "_form";
    (errors[field] ??= []).push(problemOf(issue));
  }
  return errors;
}
