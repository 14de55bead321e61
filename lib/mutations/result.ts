import type { FieldErrors } from "@/lib/validation/errors";

/** Why a mutation changed nothing. Each code has a translated message (`staff` namespace, `errors.`). */
export type MutationErrorCode =
  | "invalid"
  | "unauthenticated"
  | "forbidden"
  | "notFound"
  | "conflict"
  | "unavailable"
  | "wrongPassword"
  | "wrongCode"
  | "linkExpired"
  | "notAllowedOnSelf"
  | "emailTaken"
  | "locked"
  | "wrongState"
  | "duplicate"
  | "incomplete"
  | "tooLarge";

export type MutationResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: MutationErrorCode; fieldErrors?: FieldErrors; current?: Record<string, unknown> };

/** Thrown inside a mutation to abandon it: the transaction rolls back, nothing is changed. */
export class MutationError extends Error {
  constructor(
    readonly code: MutationErrorCode,
    readonly details: { fieldErrors?: FieldErrors; current?: Record<string, unknown> } = {},
  ) {
    super(code);
  }
}
