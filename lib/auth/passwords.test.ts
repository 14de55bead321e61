import { describe, expect, it } from "vitest";
import { hashPassword, passwordProblem, verifyPassword } from "./passwords";

describe("new passwords", () => {
  it("must have at least 12 characters and at most 128", () => {
    expect(passwordProblem("Mek0ng!river")).toBeNull();
    expect(passwordProblem("Mek0ng!rive")).toBe("tooShort");
    expect(passwordProblem("x".repeat(129))).toBe("tooLong");
  });

  it("must not be on the bundled list of common passwords", () => {
    expect(passwordProblem("1qaz2wsx3edc")).toBe("common");
    expect(passwordProblem("qwerty123456")).toBe("common");
    expect(passwordProblem("QWERTY123456")).toBe("common");
  });

  it("must not be guessable from words, patterns or the user's own details", () => {
    expect(passwordProblem("password1234")).toBe("weak");
    expect(passwordProblem("aaaaaaaaaaaa")).not.toBeNull();
    expect(passwordProblem("somchai.th@example.org", ["somchai.th@example.org", "Somchai"])).toBe("weak");
    expect(passwordProblem("somchaisomchai", ["somchai.th@example.org"])).toBe("weak");
    expect(passwordProblem("correct horse battery staple")).toBeNull();
  });
});

describe("password hashes", () => {
  it("are argon2id and verify only the right password", async () => {
    const hash = await hashPassword("Mek0ng!river");
    expect(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$")).toBe(true);
    expect(await verifyPassword(hash, "Mek0ng!river")).toBe(true);
    expect(await verifyPassword(hash, "mek0ng!river")).toBe(false);
    expect(await verifyPassword("not a hash", "anything")).toBe(false);
  });
});
