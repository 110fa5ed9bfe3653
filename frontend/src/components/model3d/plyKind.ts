/** Telling a Gaussian-splat .ply from a mesh or point-cloud .ply, by its header. */
/**
 * A .ply holding Gaussian splats (rather than a mesh or point cloud) declares the
 * splat attributes: spherical-harmonic colour `f_dc_*` and per-axis `scale_*`.
 */
export function isSplatPly(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
  const end = head.indexOf("end_header");
  if (!head.startsWith("ply") || end < 0) return false;
  const header = head.slice(0, end);
  return /property\s+\S+\s+f_dc_0\b/.test(header) && /property\s+\S+\s+scale_0\b/.test(header);
}
