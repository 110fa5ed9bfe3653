/**
 * Which compression a glTF file needs decoders for, read from its JSON (the first chunk
 * of a .glb, or the whole .gltf). Knowing it up front means the Draco and meshopt
 * decoders are only downloaded for files that use them.
 */
export interface GltfCompression {
  draco: boolean;
  meshopt: boolean;
}

const GLB_MAGIC = 0x46546c67; // "glTF"
const JSON_CHUNK = 0x4e4f534a; // "JSON"

function gltfJson(bytes: ArrayBuffer): unknown {
  const view = new DataView(bytes);
  let text: Uint8Array = new Uint8Array(bytes);
  if (bytes.byteLength >= 20 && view.getUint32(0, true) === GLB_MAGIC) {
    const length = view.getUint32(12, true);
    if (view.getUint32(16, true) !== JSON_CHUNK || 20 + length > bytes.byteLength) return null;
    text = new Uint8Array(bytes, 20, length);
  }
  try {
    return JSON.parse(new TextDecoder().decode(text));
  } catch {
    return null; // GLTFLoader reports what is wrong with the file
  }
}

export function gltfCompression(bytes: ArrayBuffer): GltfCompression {
  const json = gltfJson(bytes) as { extensionsUsed?: unknown; extensionsRequired?: unknown } | null;
  const names = new Set<string>();
  for (const list of [json?.extensionsUsed, json?.extensionsRequired]) {
    if (Array.isArray(list)) for (const name of list) if (typeof name === "string") names.add(name);
  }
  return {
    draco: names.has("KHR_draco_mesh_compression"),
    meshopt: names.has("EXT_meshopt_compression") || names.has("KHR_meshopt_compression"),
  };
}
