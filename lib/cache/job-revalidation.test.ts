import { afterEach, describe, expect, it, vi } from "vitest";

const SECRET = "a-test-secret-of-at-least-thirty-two-characters";

/** The token a job sends, as captured from its request; the module loaded afresh, as in another process. */
async function tokenSentByJob(): Promise<string> {
  vi.resetModules();
  const sent: string[] = [];
  vi.stubGlobal("fetch", async (_url: string, init: RequestInit) => {
    sent.push(new Headers(init.headers).get("x-portal-job-token") ?? "");
    return new Response(null, { status: 204 });
  });
  const { revalidatePublicPagesFromJob } = await import("./job-revalidation");
  await revalidatePublicPagesFromJob();
  return sent[0]!;
}

async function accepts(token: string): Promise<boolean> {
  vi.resetModules();
  const { isJobRequest } = await import("./job-revalidation");
  const request = new Request("http://localhost/api/internal/revalidate", {
    method: "POST",
    headers: { "x-portal-job-token": token },
  });
  return isJobRequest(request);
}

// The job process (scripts/jobs.ts) asks the server to revalidate: the token must match across
// processes holding the same secret, and nobody without the secret can make one.
describe("the job's revalidation token", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
  });

  it("is accepted by another process with the same secret", async () => {
    vi.stubEnv("NEXTAUTH_SECRET", SECRET);
    const token = await tokenSentByJob();
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(await tokenSentByJob()).toBe(token);
    expect(await accepts(token)).toBe(true);
  });

  it("is refused under another secret, when altered, cut short or missing", async () => {
    vi.stubEnv("NEXTAUTH_SECRET", SECRET);
    const token = await tokenSentByJob();
    const altered = `${token.slice(0, -1)}${token.endsWith("0") ? "1" : "0"}`;
    expect(await accepts(altered)).toBe(false);
    expect(await accepts(token.slice(0, 32))).toBe(false);
    expect(await accepts("")).toBe(false);
    vi.stubEnv("NEXTAUTH_SECRET", `${SECRET}-rotated`);
    expect(await accepts(token)).toBe(false);
  });
});
