/** The job queue's schema (pg-boss): owned by the portal's role, which pg-boss migrates itself (ADR 29). */
export const JOB_SCHEMA = "pgboss";
