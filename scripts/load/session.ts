// Staff sessions for the load test, through next-auth's own credentials flow over HTTP (as the
// sign-in form does): the CSRF token and its cookie, then the credentials; the session cookie back.
import type pg from "pg";
import { DEMO_DOMAIN, DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";
import type { Writer } from "./traffic";

const COUNTRIES = ["CN", "KH", "LA", "MM", "TH", "VN"];

const cookiesOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";", 1)[0]!)
    .join("; ");

export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = cookiesOf(csrf);
  const answer = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie, Origin: origin },
    body: new URLSearchParams({ csrfToken, email, password, code: "", json: "true" }),
  });
  const session = answer.headers.getSetCookie().find((cookie) => cookie.includes("session-token"));
  if (!session)
    throw new Error(`${email} could not sign in: ${answer.status} ${(await answer.text()).slice(0, 200)}`);
  return `${csrfCookie}; ${session.split(";", 1)[0]}`;
}

/** The six demo secretariats signed in, each with five projects of its country to write on. */
export async function signInSecretariats(owner: pg.Client, origin: string): Promise<Writer[]> {
  const writers: Writer[] = [];
  for (const country of COUNTRIES) {
    const { rows } = await owner.query<{ code: string }>(
      `SELECT code FROM "Project" WHERE "leadCountryCode" = $1 ORDER BY code LIMIT 5`,
      [country],
    );
    const cookie = await signIn(origin, `secretariat.${country.toLowerCase()}@${DEMO_DOMAIN}`, DEMO_PASSWORD);
    writers.push({ country, cookie, projects: rows.map((row) => row.code) });
  }
  return writers;
}
