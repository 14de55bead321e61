// Structured logs: one JSON line per event on standard output, for the operator's log collector.
// Never give it passwords, tokens, second-factor codes or what people wrote (narratives, titles).

export type LogFields = Record<string, string | number | boolean | null | undefined>;

/** LMC_LOG=off silences the log (the test runners set it; a refused attempt there is expected). */
export function logEvent(event: string, fields: LogFields = {}): void {
  if (process.env.LMC_LOG === "off") return;
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), event, ...fields })}\n`);
}
