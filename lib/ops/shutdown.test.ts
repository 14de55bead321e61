import { describe, expect, it } from "vitest";
import { onShutdown, shutDown } from "./shutdown";

describe("shutdown", () => {
  it("closes in order, gives up on a closer that outlives the budget, and goes on with the rest", async () => {
    const closed: string[] = [];
    onShutdown("pool", async () => void closed.push("pool"), 10);
    onShutdown("hung", () => new Promise(() => {}), 5);
    onShutdown("workers", async () => void closed.push("workers"), 0);
    const started = Date.now();
    expect(await shutDown(200)).toEqual(["hung"]);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(closed).toEqual(["workers", "pool"]);
  });
});
