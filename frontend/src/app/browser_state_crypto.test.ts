import { describe, expect, it } from "vitest";
import { seal, unseal } from "./browser_state_crypto";

describe("BrowserState sealing", () => {
  it("round-trips JSON values", () => {
    const value = { name: "Ada", items: [1, 2, 3], nested: { ok: true } };
    expect(unseal(seal(value, "s3cret"), "s3cret")).toEqual(value);
  });

  it("does not store the value in clear text", () => {
    expect(seal("visible-marker", "k")).not.toContain("visible-marker");
    expect(atob(seal("visible-marker", "k"))).not.toContain("visible-marker");
  });

  it("refuses another secret, tampering and garbage", () => {
    const sealed = seal([1, 2], "right");
    expect(unseal(sealed, "wrong")).toBeUndefined();
    const bytes = atob(sealed).split("");
    bytes[bytes.length - 1] = String.fromCharCode(bytes[bytes.length - 1]!.charCodeAt(0) ^ 1);
    expect(unseal(btoa(bytes.join("")), "right")).toBeUndefined();
    expect(unseal("not base64 !!", "right")).toBeUndefined();
    expect(unseal(null, "right")).toBeUndefined();
  });
});
