import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SubmitButton } from "./fields";

// The server's HTML is what a reader can click before hydration; a script-driven form must not be
// submittable natively then (it would send what was typed as a GET query string).
describe("buttons before hydration", () => {
  it("renders the submit button disabled in the server's HTML", () => {
    const html = renderToString(<SubmitButton pending={false}>Save</SubmitButton>);
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*disabled=""/);
  });
});
