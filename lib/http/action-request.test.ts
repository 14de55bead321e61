import { describe, expect, it } from "vitest";
import { actionBodyProblem, jsonDepth, MAX_ACTION_BODY_BYTES } from "./action-request";

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

describe("server-action bodies", () => {
  it("lets an ordinary argument list through", () => {
    expect(
      actionBodyProblem("text/plain;charset=UTF-8", json([{ id: "x", funding: [{ amount: "1" }] }])),
    ).toBeNull();
    expect(actionBodyProblem("multipart/form-data; boundary=x", Buffer.from("--x--"))).toBeNull();
  });

  it("refuses a body that is not JSON, nests past any form, or is too large", () => {
    expect(actionBodyProblem("text/plain", Buffer.from("not json at all"))).toBe("malformed");
    expect(actionBodyProblem("text/plain", Buffer.from("[".repeat(100_000) + "]".repeat(100_000)))).toBe(
      "malformed",
    );
    expect(actionBodyProblem("text/plain", Buffer.alloc(MAX_ACTION_BODY_BYTES + 1, 97))).toBe("tooLarge");
  });

  it("counts nesting outside strings only", () => {
    expect(jsonDepth('[{"a":"[[[[{{{"}]')).toBe(2);
    expect(jsonDepth('["\\"[[["]')).toBe(1);
  });
});
