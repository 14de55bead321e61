import { describe, expect, it } from "vitest";
import { unavailableAnswer } from "./unavailable";

describe("the answer while the database is away", () => {
  it("is a page in the address's language with the request id to quote", () => {
    const { headers, body } = unavailableAnswer("/lo/projects?q=x", "req-42");
    expect(headers).toMatchObject({ "Retry-After": "5", "Content-Type": "text/html; charset=utf-8" });
    expect(body).toContain('lang="lo"');
    expect(body).toContain("ບໍ່ສາມາດໃຊ້ງານໄດ້ຊົ່ວຄາວ");
    expect(body).toContain("req-42");
  });

  it("is a problem document for the API, in English without a language in the address", () => {
    const { headers, body } = unavailableAnswer("/api/v1/projects", "req-43");
    expect(headers["Content-Type"]).toBe("application/problem+json; charset=utf-8");
    expect(JSON.parse(body)).toMatchObject({ status: 503, title: "Temporarily unavailable" });
  });
});
