/**
 * Decoders for compressed glTF, fetched only when a file needs them (see gltfCompression).
 * Draco's decoder (a wasm module run in web workers) comes from the `three` package and is
 * served with Podium's own assets, never from a CDN. One DRACOLoader is shared by every
 * viewer on the page, so its workers and compiled decoder are made once.
 */
import type { GLTFLoader } from "three/examples/jsm/loaders/GLTFLoader.js";
import type { DRACOLoader } from "three/examples/jsm/loaders/DRACOLoader.js";
import type { GltfCompression } from "./gltfCompression";

let draco: Promise<DRACOLoader> | null = null;

function dracoLoader(): Promise<DRACOLoader> {
  draco ??= import("three/examples/jsm/loaders/DRACOLoader.js").then(({ DRACOLoader, DRACO_GLTF_CONFIG }) =>
    // The glTF build of the decoder: smaller, and all a glTF file can need.
    new DRACOLoader().setDecoderPath(DRACO_GLTF_CONFIG),
  );
  return draco;
}

export async function addDecoders(loader: GLTFLoader, needs: GltfCompression): Promise<void> {
  if (needs.draco) loader.setDRACOLoader(await dracoLoader());
  if (needs.meshopt) {
    const { MeshoptDecoder } = await import("three/examples/jsm/libs/meshopt_decoder.module.js");
    await MeshoptDecoder.ready;
    loader.setMeshoptDecoder(MeshoptDecoder);
  }
}
