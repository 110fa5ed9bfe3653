import { describe, expect, it } from "vitest";
import type { AppConfig } from "@podium/client";
import { Runtime, type ClientLike } from "./runtime.svelte";

const config: AppConfig = {
  layout: { id: 0, children: [{ id: 5 }] },
  components: [{ id: 5, type: "dialogue", props: { value: [], server_fns: ["format", "unformat"] } }],
  dependencies: [],
};

describe("model.server", () => {
  it("calls the client's component_server with the component's own id", async () => {
    const calls: unknown[][] = [];
    const client: ClientLike = {
      submit: () => {
        throw new Error("not used");
      },
      componentServer: async (id, fn, data) => {
        calls.push([id, fn, data]);
        return "A >> hi";
      },
    };
    const rt = new Runtime(config, client);
    expect(await rt.models.get(5)!.server("format", [{ speaker: "A", text: "hi" }])).toBe("A >> hi");
    expect(calls).toEqual([[5, "format", [{ speaker: "A", text: "hi" }]]]);
  });

  it("rejects, instead of hanging, before a client is connected", async () => {
    const rt = new Runtime(config, null);
    await expect(rt.models.get(5)!.server("format", [])).rejects.toThrow("not connected");
  });
});
