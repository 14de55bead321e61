import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Cached public pages may be served stale for at most an hour by a CDN while it refreshes them.
  expireTime: 3600,
  async headers() {
    return [
      {
        // Font files are named by package, subset and weight; a week of caching is safe across upgrades.
        source: "/fonts/:path*",
        headers: [{ key: "Cache-Control", value: "public, max-age=604800" }],
      },
    ];
  },
};

export default nextConfig;
