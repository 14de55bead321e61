import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit, type AuditEntry, type AuditOrigin } from "@/lib/audit/record";
import { recordRefusal } from "@/lib/audit/refusals";
import { can, type Actor, type Permission, type Target } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import { logEvent } from "@/lib/log";
import { fieldErrors } from "@/lib/validation/errors";
import { rawInputProblems } from "@/lib/validation/raw-input";
import { MutationError, type MutationResult } from "./result";

export type Tx = Prisma.TransactionClient;

export type MutationContext = {
  db: Db;
  actor: Actor | null;
  ip: string | null;
  /** Set only by command-line tools (e.g. "npm run user:create"), which act without a session. */
  system?: string;
  /** The request that asked for the change (its log line's id), when a request did. */
  requestId?: string | null;
};

type Outcome<T> = { result: T; audit: AuditEntry | AuditEntry[] };

export type MutationSpec<S extends z.ZodType, T> = {
  /** Unique name, e.g. "users.update"; the permission-matrix test enumerates mutations by it. */
  name: string;
  /** "public" for the few mutations proven by something else than a session (a one-time link). */
  permission: Permission | "public";
  input: S;
  /** For scoped permissions: the country (or the locale) of the record the input points at (null: not found). */
  scope?: (tx: Tx, input: z.infer<S>) => Promise<Target | null>;
  /** Whether a successful change shows on public (cached) pages, which must then be revalidated. */
  affectsPublicPages?: boolean;
  /** How long the transaction may take (Prisma's default, 5 s, unless the change is a whole file). */
  timeoutMs?: number;
  /** The change. It must say what to audit; throwing MutationError rolls everything back. */
  run: (tx: Tx, input: z.infer<S>, context: MutationContext) => Promise<Outcome<T>>;
};

/** What the rest of the portal sees of a mutation: its name, its permission, and a way to run it. */
export type Mutation<S extends z.ZodType = z.ZodType, T = unknown> = {
  name: string;
  permission: Permission | "public";
  input: S;
  affectsPublicPages: boolean;
  execute: (context: MutationContext, raw: unknown) => Promise<MutationResult<T>>;
};

/** The input a mutation's server action takes: what its schema accepts (validated again when it runs). */
export type MutationInput<M> = M extends Mutation<infer S, unknown> ? z.input<S> : never;

/**
 * Every write of the portal goes through here: the input is checked (no control characters, no
 * absurd nesting) and validated with the mutation's zod schema, the actor checked against the
 * permission map (and the record's country or language), and the change and its audit events are
 * written in one transaction. Refusals for want of a session or a right are recorded for admins.
 * Failures come back as error codes; nothing internal (stack, SQL, database message) ever reaches
 * the caller.
 */
export function defineMutation<S extends z.ZodType, T>(spec: MutationSpec<S, T>): Mutation<S, T> {
  const refuse = async (
    context: MutationContext,
    reason: "forbidden" | "unauthenticated",
    target?: Target | null,
  ): Promise<MutationResult<T>> => {
    await recordRefusal(context.db, context, { mutation: spec.name, reason, target });
    return { ok: false, error: reason };
  };

  /**
   * One log line per mutation run for a person (a request or a job on their behalf): its name, who,
   * and what came of it, never its input. Command-line tools and the seed report their own outcome.
   */
  const execute = async (context: MutationContext, raw: unknown): Promise<MutationResult<T>> => {
    const started = performance.now();
    const result = await attempt(context, raw);
    if (context.system) return result;
    logEvent("mutation", {
      name: spec.name,
      actor: context.actor?.userId ?? null,
      outcome: result.ok ? "ok" : result.error,
      ms: Math.round(performance.now() - started),
      requestId: context.requestId ?? null,
    });
    return result;
  };

  const attempt = async (context: MutationContext, raw: unknown): Promise<MutationResult<T>> => {
    const problems = rawInputProblems(raw);
    if (problems) return { ok: false, error: "invalid", fieldErrors: problems };
    const parsed = await spec.input.safeParseAsync(raw);
    if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrors(parsed.error) };
    const input = parsed.data;
    const checked = spec.permission !== "public" && !context.system;
    if (checked && !context.actor) return refuse(context, "unauthenticated");
    if (checked && !can(context.actor, spec.permission as Permission)) return refuse(context, "forbidden");
    let target: Target | null = null;
    try {
      const result = await context.db.$transaction(
        async (tx) => {
          if (spec.scope && checked) {
            target = await spec.scope(tx, input);
            if (!target) throw new MutationError("notFound");
            if (!can(context.actor, spec.permission as Permission, target))
              throw new MutationError("forbidden");
          }
          const outcome = await spec.run(tx, input, context);
          const origin: AuditOrigin = { actor: context.actor, ip: context.ip, system: context.system };
          await recordAudit(tx, origin, Array.isArray(outcome.audit) ? outcome.audit : [outcome.audit]);
          return outcome.result;
        },
        spec.timeoutMs ? { timeout: spec.timeoutMs, maxWait: 10_000 } : undefined,
      );
      return { ok: true, data: result };
    } catch (error) {
      if (error instanceof MutationError) {
        if (error.code === "forbidden")
          return { ...(await refuse(context, "forbidden", target)), ...error.details };
        return { ok: false, error: error.code, ...error.details };
      }
      logEvent("mutation.failed", {
        mutation: spec.name,
        error: error instanceof Error ? error.message : String(error),
      });
      return { ok: false, error: "unavailable" };
    }
  };
  return {
    name: spec.name,
    permission: spec.permission,
    input: spec.input,
    affectsPublicPages: Boolean(spec.affectsPublicPages),
    execute,
  };
}
