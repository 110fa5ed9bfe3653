import { describe, expect, it } from "vitest";
import { initialOffset, orbitAngles, orbitOffset, readClearColor } from "./camera";
import { modelFormat, readCameraPosition } from "./options";
import { isSplatPly } from "./plyKind";

const close = (a: number[], b: number[]) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 6));

describe("camera_position", () => {
  it("puts Gradio's default angles in front of the model, at the given radius", () => {
    close(orbitOffset(-90, 90, 5), [0, 0, 5]);
    close(orbitOffset(0, 90, 2), [2, 0, 0]);
    const top = orbitOffset(0, 0, 3);
    expect(top[1]).toBeCloseTo(3, 3); // straight above (kept just off the pole)
  });
  it("round-trips angles", () => {
    const [a, b, r] = orbitAngles(orbitOffset(30, 60, 4));
    expect(a).toBeCloseTo(30, 6);
    expect(b).toBeCloseTo(60, 6);
    expect(r).toBeCloseTo(4, 6);
  });
  it("fills missing values from defaults and the model's size", () => {
    expect(readCameraPosition([null, 45, "x"])).toEqual([null, 45, null]);
    close(initialOffset([null, null, null], 2), [0, 0, 2.4]);
    close(initialOffset([0, null, 10], 2), [10, 0, 0]);
  });
  it("reads clear_color as clamped rgba", () => {
    expect(readClearColor([1, 0.5, 2, -1])).toEqual({ rgb: [1, 0.5, 1], alpha: 0 });
    expect(readClearColor(null)).toEqual({ rgb: [0, 0, 0], alpha: 0 });
  });
});

describe("model formats", () => {
  it("maps extensions (any case, URLs with queries) to loaders", () => {
    expect(modelFormat("Fox.GLB")).toBe("gltf");
    expect(modelFormat("https://h/x/scene.gltf?raw=1")).toBe("gltf");
    expect(modelFormat("a.obj")).toBe("obj");
    expect(modelFormat("a.splat")).toBe("splat");
    expect(modelFormat("notes.txt")).toBeNull();
  });
  it("tells a Gaussian-splat .ply from a mesh .ply", () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const mesh = "ply\nformat ascii 1.0\nelement vertex 3\nproperty float x\nend_header\n";
    const splat = "ply\nformat binary_little_endian 1.0\nelement vertex 1\nproperty float x\nproperty float f_dc_0\nproperty float scale_0\nend_header\n";
    expect(isSplatPly(enc(mesh))).toBe(false);
    expect(isSplatPly(enc(splat))).toBe(true);
  });
});
