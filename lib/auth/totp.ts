import { Secret, TOTP } from "otpauth";
import { open, seal } from "./secret-box";

const PURPOSE = "totp";
const ISSUER = "LMC Plan Tracker";

function totp(secretBase32: string, email: string): TOTP {
  return new TOTP({ issuer: ISSUER, label: email, algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secretBase32) });
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

/** Whether `code` is valid now (one 30-second step of clock drift either way is accepted). */
export function verifyTotp(sealedSecret: string, email: string, code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return totp(open(sealedSecret, PURPOSE), email).validate({ token: code, window: 1 }) !== null;
}

/** Same check against a secret that is not stored yet (while enrolling). */
export function verifyPlainTotp(secretBase32: string, email: string, code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return totp(secretBase32, email).validate({ token: code, window: 1 }) !== null;
}
