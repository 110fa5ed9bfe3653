import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { gltfCompression } from "./gltfCompression";

const fixtures = new URL("../../../../tests/browser/fixtures/model3d/", import.meta.url);

function bytesOf(name: string): ArrayBuffer {
  const data = readFileSync(new URL(name, fixtures));
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
}

function gltfText(json: unknown): ArrayBuffer {
  return new TextEncoder().encode(JSON.stringify(json)).buffer as ArrayBuffer;
}

describe("gltfCompression", () => {
  it("finds Draco and meshopt in .glb files", () => {
    expect(gltfCompression(bytesOf("box-draco.glb"))).toEqual({ draco: true, meshopt: false });
    expect(gltfCompression(bytesOf("box-meshopt.glb"))).toEqual({ draco: false, meshopt: true });
  });

  it("reads .gltf JSON and asks for nothing when nothing is compressed", () => {
    expect(gltfCompression(gltfText({ asset: { version: "2.0" } }))).toEqual({ draco: false, meshopt: false });
    expect(gltfCompression(gltfText({ extensionsUsed: ["KHR_meshopt_compression"] }))).toEqual({ draco: false, meshopt: true });
  });

  it("leaves broken files to the loader", () => {
    expect(gltfCompression(new TextEncoder().encode("not json").buffer as ArrayBuffer)).toEqual({ draco: false, meshopt: false });
    expect(gltfCompression(new ArrayBuffer(0))).toEqual({ draco: false, meshopt: false });
  });
});
