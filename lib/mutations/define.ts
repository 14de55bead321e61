import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit, type AuditEntry, type AuditOrigin } from "@/lib/audit/record";
import { can, type Actor, type Permission, type Target } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/create-client";
import { fieldErrors } from "@/lib/validation/errors";
import { MutationError, type MutationResult } from "./result";

export type Tx = Prisma.TransactionClient;

export type MutationContext = {
  db: Db;
  actor: Actor | null;
  ip: string | null;
  /** Set only by command-line tools (e.g. "npm run user:create"), which act without a session. */
  system?: string;
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
  /** The change. It must say what to audit; throwing MutationError rolls everything back. */
  run: (tx: Tx, input: z.infer<S>, context: MutationContext) => Promise<Outcome<T>>;
};

/** What the rest of the portal sees of a mutation: its name, its permission, and a way to run it. */
export type Mutation<S extends z.ZodType = z.ZodType, T = unknown> = {
  name: string;
  permission: Permission | "public";
  input: S;
  countryScoped: boolean;
  affectsPublicPages: boolean;
  execute: (context: MutationContext, raw: unknown) => Promise<MutationResult<T>>;
};

/**
 * Every write of the portal goes through here: the input is validated with the mutation's zod
 * schema, the actor checked against the permission map (and the record's country), and the change
 * and its audit events are written in one transaction. Failures come back as error codes; nothing
 * internal (stack, SQL, database message) ever reaches the caller.
 */
export function defineMutation<S extends z.ZodType, T>(spec: MutationSpec<S, T>): Mutation<S, T> {
  const execute = async (context: MutationContext, raw: unknown): Promise<MutationResult<T>> => {
    const parsed = spec.input.safeParse(raw);
    if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrors(parsed.error) };
    const input = parsed.data;
    if (spec.permission !== "public" && !context.system) {
      if (!context.actor) return { ok: false, error: "unauthenticated" };
      if (!can(context.actor, spec.permission)) return { ok: false, error: "forbidden" };
    }
    try {
      const result = await context.db.$transaction(async (tx) => {
        if (spec.scope && spec.permission !== "public" && !context.system) {
          const target = await spec.scope(tx, input);
          if (!target) throw new MutationError("notFound");
          if (!can(context.actor, spec.permission, target)) throw new MutationError("forbidden");
        }
        const outcome = await spec.run(tx, input, context);
        const origin: AuditOrigin = { actor: context.actor, ip: context.ip, system: context.system };
        await recordAudit(tx, origin, Array.isArray(outcome.audit) ? outcome.audit : [outcome.audit]);
        return outcome.result;
      });
      return { ok: true, data: result };
    } catch (error) {
      if (error instanceof MutationError) return { ok: false, error: error.code, ...error.details };
      console.error(`mutation ${spec.name} failed`, error);
      return { ok: false, error: "unavailable" };
    }
  };
  return {
    name: spec.name,
    permission: spec.permission,
    input: spec.input,
    countryScoped: Boolean(spec.scope),
    affectsPublicPages: Boolean(spec.affectsPublicPages),
    execute,
  };
}
