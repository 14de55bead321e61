// Who the benchmarks read as: reads take the viewer (lib/reads/define.ts). The translation desk's
// queues are for translators; an administrator may read every locale's.
import type { Actor } from "../../lib/auth/permissions";

export const BENCH_ADMIN: Actor = {
  userId: "00000000-0000-4000-8000-000000000000",
  sessionId: "00000000-0000-4000-8000-000000000000",
  email: "bench@lmc.invalid",
  name: "Benchmark",
  role: "admin",
  countryCode: null,
  locale: "en",
  twoFactorEnabled: true,
};
