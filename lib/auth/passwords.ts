import { hash, verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

// argon2id with OWASP's recommended cost: 19 MiB, 2 iterations, 1 lane.
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so both cases take as long. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(crypto.randomUUID());
  return decoy;
}

let checker: ZxcvbnFactory | undefined;
function strengthChecker(): ZxcvbnFactory {
  checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
  });
  return checker;
}

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "weak";

/**
 * Why a new password is refused, or null. Besides the length, it must not be one of the common
 * passwords bundled with zxcvbn-ts (leaked-password lists) nor be guessable from them, from English
 * words, keyboard patterns or the user's own email and name (zxcvbn score below 3).
 */
export function passwordProblem(password: string, personal: string[] = []): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (password.length > PASSWORD_MAX_LENGTH) return "tooLong";
  const words = personal.flatMap((entry) => [
    entry,
    ...entry
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((part) => part.length >= 3),
  ]);
  const result = strengthChecker().check(password, words);
  const wholeIsCommon = result.sequence.some(
    (match) =>
      match.pattern === "dictionary" &&
      String(match.dictionaryName).startsWith("passwords") &&
      match.token.length === password.length,
  );
  if (wholeIsCommon) return "common";
  return result.score < 3 ? "weak" : null;
}
