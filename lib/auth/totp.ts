import { Secret, TOTP } from "otpauth";
import { open, seal } from "./secret-box";

const PURPOSE = "totp";
const ISSUER = "LMC Plan Tracker";

function totp(secretBase32: string, email: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: email,
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secretBase32: string, email: string): string {
  return totp(secretBase32, email).toString();
}

export function sealTotpSecret(secretBase32: string): string {
  return seal(secretBase32, PURPOSE);
}

/**
 * The stored secret, or null when it cannot be opened: it was sealed under another NEXTAUTH_SECRET
 * (lost or rotated, README "Rotating the server secret"). The account then signs in with a
 * recovery code and enrols its authenticator again.
 */
export function openTotpSecret(sealedSecret: string): string | null {
  try {
    return open(sealedSecret, PURPOSE);
  } catch {
    return null;
  }
}

/**
 * The 30-second time step that `code` belongs to, if it is valid now (one step of clock drift
 * either way is accepted), else null, also when the stored secret cannot be opened. Callers claim
 * the step so that no code works twice.
 */
export function verifyTotp(sealedSecret: string, email: string, code: string): number | null {
  const secret = openTotpSecret(sealedSecret);
  return secret === null ? null : verifyPlainTotp(secret, email, code);
}

/** Same check against a secret that is not stored yet (while enrolling). */
export function verifyPlainTotp(secretBase32: string, email: string, code: string): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const generator = totp(secretBase32, email);
  const delta = generator.validate({ token: code, window: 1 });
  return delta === null ? null : generator.counter() + delta;
}
