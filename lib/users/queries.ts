import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { ROLES } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { defineRead } from "@/lib/reads/define";
import { countryCode, ignoredIfInvalid, searchText } from "@/lib/validation/primitives";

export const PAGE_SIZE = 50;

/** The list's filters come from the address bar: anything unexpected is simply ignored. */
export const userFilterSchema = z.object({
  q: searchText(100),
  role: ignoredIfInvalid(z.enum(ROLES)),
  country: ignoredIfInvalid(countryCode),
  status: ignoredIfInvalid(z.enum(["active", "disabled"])),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type UserFilter = z.infer<typeof userFilterSchema>;

/** The accounts the list's filters (not its page) select. */
export function userWhere(filter: UserFilter): Prisma.UserWhereInput {
  return {
    ...(filter.q
      ? {
          OR: [
            { name: { contains: filter.q, mode: "insensitive" } },
            { email: { contains: filter.q.toLowerCase() } },
          ],
        }
      : {}),
    ...(filter.role ? { role: filter.role } : {}),
    ...(filter.country ? { countryCode: filter.country } : {}),
    ...(filter.status === "active"
      ? { disabledAt: null }
      : filter.status === "disabled"
        ? { disabledAt: { not: null } }
        : {}),
  };
}

/** A page of the accounts, disabled ones last. */
export const listUsers = defineRead("users.list", "users.manage", async (_viewer, filter: UserFilter) => {
  const where = userWhere(filter);
  const db = getDb();
  const [total, users] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ disabledAt: { sort: "desc", nulls: "first" } }, { name: "asc" }],
      skip: (filter.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        countryCode: true,
        disabledAt: true,
        totpEnabledAt: true,
        lastSignInAt: true,
      },
    }),
  ]);
  return { total, users };
});

export const getUserForEdit = defineRead("users.forEdit", "users.manage", async (_viewer, id: string) => {
  if (!z.uuid().safeParse(id).success) return null;
  return getDb().user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      countryCode: true,
      locale: true,
      version: true,
      disabledAt: true,
      totpEnabledAt: true,
      lastSignInAt: true,
    },
  });
});
