-- Rate-limit counters (sign-in attempts, public API requests) matter for a minute. Written to the
-- WAL, each API request waited for a disk flush (~2 ms, more under load). Unlogged: no WAL; after a
-- crash the table comes back empty and the windows start again (ADR 26).
ALTER TABLE "RateLimit" SET UNLOGGED;
