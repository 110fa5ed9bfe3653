/**
 * The component's props as the viewer needs them, and which loader a file needs. No
 * three.js here (and nothing the viewer chunk imports at run time): the component reads
 * these before three.js is loaded, so the lazily loaded viewer stays a separate chunk.
 */
export type CameraPosition = [number | null, number | null, number | null];

export type DisplayMode = "solid" | "wireframe" | "point_cloud";

export function readDisplayMode(raw: unknown): DisplayMode {
  return raw === "wireframe" || raw === "point_cloud" ? raw : "solid";
}

export type ModelFormat = "gltf" | "obj" | "stl" | "ply" | "splat";

export const MODEL_ACCEPT = ".glb,.gltf,.obj,.stl,.ply,.splat";

export function modelFormat(name: string): ModelFormat | null {
  const clean = name.split(/[?#]/)[0] ?? "";
  const ext = clean.slice(clean.lastIndexOf(".") + 1).toLowerCase();
  if (ext === "glb" || ext === "gltf") return "gltf";
  if (ext === "obj" || ext === "stl" || ext === "ply" || ext === "splat") return ext;
  return null;
}

/** `camera_position` from the config, with nulls (or junk) where nothing was given. */
export function readCameraPosition(raw: unknown): CameraPosition {
  const list = Array.isArray(raw) ? raw : [];
  const pick = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);
  return [pick(list[0]), pick(list[1]), pick(list[2])];
}
