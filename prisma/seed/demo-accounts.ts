// Demo accounts for every role and every country — seeded only for the demo (the embedded database,
// or SEED_DEMO_ACCOUNTS=1), never into a production database. Listed in the README.
import type { Prisma } from "../../generated/prisma/client";
import { hashPassword } from "../../lib/auth/passwords";
import { sealTotpSecret } from "../../lib/auth/totp";

export const DEMO_PASSWORD = "Mekong-Lancang-demo-2026";
/** The second factor of the demo admin and coordinator (add it to any authenticator app). */
export const DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
export const DEMO_DOMAIN = "demo.lmc.invalid";

export const demoAccounts = [
  {
    email: `admin@${DEMO_DOMAIN}`,
    name: "Demo Administrator",
    role: "admin",
    countryCode: null,
    locale: "en",
    totp: true,
  },
  {
    email: `coordinator@${DEMO_DOMAIN}`,
    name: "Demo Coordinator",
    role: "coordinator",
    countryCode: null,
    locale: "en",
    totp: true,
  },
  {
    email: `viewer@${DEMO_DOMAIN}`,
    name: "Demo Official",
    role: "viewer",
    countryCode: null,
    locale: "en",
    totp: false,
  },
  {
    email: `secretariat.kh@${DEMO_DOMAIN}`,
    name: "Demo Secretariat Cambodia",
    role: "secretariat",
    countryCode: "KH",
    locale: "km",
    totp: false,
  },
  {
    email: `secretariat.cn@${DEMO_DOMAIN}`,
    name: "Demo Secretariat China",
    role: "secretariat",
    countryCode: "CN",
    locale: "zh",
    totp: false,
  },
  {
    email: `secretariat.la@${DEMO_DOMAIN}`,
    name: "Demo Secretariat Laos",
    role: "secretariat",
    countryCode: "LA",
    locale: "lo",
    totp: false,
  },
  {
    email: `secretariat.mm@${DEMO_DOMAIN}`,
    name: "Demo Secretariat Myanmar",
    role: "secretariat",
    countryCode: "MM",
    locale: "my",
    totp: false,
  },
  {
    email: `secretariat.th@${DEMO_DOMAIN}`,
    name: "Demo Secretariat Thailand",
    role: "secretariat",
    countryCode: "TH",
    locale: "th",
    totp: false,
  },
  {
    email: `secretariat.vn@${DEMO_DOMAIN}`,
    name: "Demo Secretariat Viet Nam",
    role: "secretariat",
    countryCode: "VN",
    locale: "vi",
    totp: false,
  },
] as const;

export async function seedDemoAccounts(db: Prisma.TransactionClient): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.user.createMany({
    data: demoAccounts.map(({ totp, ...account }) => ({
      ...account,
      passwordHash,
      ...(totp ? { totpSecret: sealTotpSecret(DEMO_TOTP_SECRET), totpEnabledAt: new Date() } : {}),
    })),
  });
}
