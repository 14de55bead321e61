import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_PRODUCTION_BUILD } from "next/constants";

/**
 * With REDIS_URL, every instance shares Next's caches through Redis (docs/decisions/0032): pages,
 * route handlers and `unstable_cache` data, with tag expiries seen by all. The handler is imported
 * at run time by the server: compiled beside it in production (scripts/compile-portal.ts, which
 * sets PORTAL_CACHE_HANDLER), its TypeScript under `npm run dev`. The build keeps Next's own cache.
 */
const sharedCache = (phase: string): NextConfig =>
  process.env.REDIS_URL && phase !== PHASE_PRODUCTION_BUILD
    ? {
        cacheHandler: path.resolve(process.env.PORTAL_CACHE_HANDLER ?? "lib/cache/redis-cache-handler.ts"),
        cacheMaxMemorySize: 0,
      }
    : {};

/**
 * Without Redis, one server's cache lives in its memory and dies with it. Next's own handler would
 * also write every entry to disk and read it back after a restart, without the tag expiries made
 * before it (those are kept in memory): an API answer from before a restore, or from another
 * database, was served again. Off in the server; the build writes its pages as ever.
 */
const memoryOnly = (phase: string): boolean => !process.env.REDIS_URL && phase !== PHASE_PRODUCTION_BUILD;

const nextConfig = (phase: string): NextConfig => ({
  ...sharedCache(phase),
  // The tests build into a directory of their own (scripts/build-dir.ts).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Cached public pages may be served stale for at most an hour by a CDN while it refreshes them.
  expireTime: 3600,
  // scripts/serve.ts compresses, after it has hashed a public page's inline scripts.
  compress: false,
  // forbidden(): a page that the signed-in actor may not open answers 403 with app/[lng]/forbidden.tsx.
  // Server actions keep Next's default body limit (1 MB): files go to mutation routes
  // (lib/http/mutation-route.ts), which count the bytes of each request as they arrive.
  experimental: { authInterrupts: true, ...(memoryOnly(phase) ? { isrFlushToDisk: false } : {}) },
  // Loaded by Node as they are, not bundled: the job queue and the mailer (instrumentation.ts), and
  // the Redis client, whose one connection per process the server and the API's limiter share.
  serverExternalPackages: ["pg-boss", "nodemailer", "redis"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
        ],
      },
      {
        // Font files are named by package, subset and weight; a week of caching is safe across upgrades.
        source: "/fonts/:path*",
        headers: [{ key: "Cache-Control", value: "public, max-age=604800" }],
      },
    ];
  },
});

export default nextConfig;
