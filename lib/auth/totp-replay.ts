import "server-only";
import type { Tx } from "@/lib/mutations/define";

/**
 * Records that the user's code of `step` was used. False when that step, or a later one, was used
 * before: a code seen once (over a shoulder, in a phishing page) cannot be used again. Atomic, so
 * two simultaneous sign-ins with the same code cannot both pass.
 */
export async function claimTotpStep(db: Pick<Tx, "user">, userId: string, step: number): Promise<boolean> {
  const { count } = await db.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1;
}
