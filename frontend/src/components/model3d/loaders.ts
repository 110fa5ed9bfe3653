/**
 * Model files → three.js objects. Each loader is its own dynamic import, so a page that
 * shows only .obj files never downloads the glTF or splat code.
 */
import * as THREE from "three";
import { gltfCompression } from "./gltfCompression";
import type { ModelFormat } from "./options";
import { isSplatPly } from "./plyKind";

export interface LoadedModel {
  object: THREE.Object3D;
  /** Gaussian splats are drawn progressively: the viewer keeps rendering every frame. */
  splat: boolean;
  /** Bounds for framing the camera (splats report their own). */
  box: THREE.Box3;
}

const SOLID_GREY = 0xb8bcc4;

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not download the model (HTTP ${response.status}).`);
  return response.arrayBuffer();
}

/** A mesh or point cloud for a bare geometry (STL, PLY), coloured per vertex when it can be. */
function fromGeometry(geometry: THREE.BufferGeometry, asPoints: boolean): THREE.Object3D {
  const vertexColors = geometry.hasAttribute("color");
  if (asPoints) {
    return new THREE.Points(geometry, new THREE.PointsMaterial({ color: vertexColors ? 0xffffff : SOLID_GREY, vertexColors, size: 1, sizeAttenuation: false }));
  }
  if (!geometry.hasAttribute("normal")) geometry.computeVertexNormals();
  const material = new THREE.MeshStandardMaterial({ color: vertexColors ? 0xffffff : SOLID_GREY, vertexColors, roughness: 0.6, metalness: 0.05, side: THREE.DoubleSide });
  return new THREE.Mesh(geometry, material);
}

async function loadSplat(bytes: ArrayBuffer, fileType: "splat" | "ply"): Promise<LoadedModel> {
  const { SplatMesh, SplatFileType } = await import("@sparkjsdev/spark");
  const mesh = new SplatMesh({ fileBytes: bytes, fileType: fileType === "ply" ? SplatFileType.PLY : SplatFileType.SPLAT });
  await mesh.initialized;
  return { object: mesh, splat: true, box: mesh.getBoundingBox(true) };
}

export async function loadModel(url: string, format: ModelFormat): Promise<LoadedModel> {
  const framed = (object: THREE.Object3D): LoadedModel => ({ object, splat: false, box: new THREE.Box3().setFromObject(object) });
  switch (format) {
    case "gltf": {
      const bytes = await fetchBytes(url);
      const needs = gltfCompression(bytes);
      const { GLTFLoader } = await import("three/examples/jsm/loaders/GLTFLoader.js");
      const loader = new GLTFLoader();
      if (needs.draco || needs.meshopt) {
        const { addDecoders } = await import("./gltfDecoders");
        await addDecoders(loader, needs);
      }
      // Resources a .gltf names (buffers, textures) are resolved next to the file itself.
      const gltf = await loader.parseAsync(bytes, THREE.LoaderUtils.extractUrlBase(url));
      return framed(gltf.scene);
    }
    case "obj": {
      const { OBJLoader } = await import("three/examples/jsm/loaders/OBJLoader.js");
      const group = await new OBJLoader().loadAsync(url);
      // OBJ without a .mtl comes with flat default materials; give it the same look as STL.
      group.traverse((node) => {
        if (node instanceof THREE.Mesh && !node.geometry.hasAttribute("color")) {
          if (!node.geometry.hasAttribute("normal")) node.geometry.computeVertexNormals();
          node.material = new THREE.MeshStandardMaterial({ color: SOLID_GREY, roughness: 0.6, metalness: 0.05, side: THREE.DoubleSide });
        }
      });
      return framed(group);
    }
    case "stl": {
      const { STLLoader } = await import("three/examples/jsm/loaders/STLLoader.js");
      const geometry = new STLLoader().parse(await fetchBytes(url));
      return framed(fromGeometry(geometry, false));
    }
    case "ply": {
      const bytes = await fetchBytes(url);
      if (isSplatPly(new Uint8Array(bytes))) return loadSplat(bytes, "ply");
      const { PLYLoader } = await import("three/examples/jsm/loaders/PLYLoader.js");
      const geometry = new PLYLoader().parse(bytes);
      // A .ply with no faces is a point cloud; a mesh needs its index.
      return framed(fromGeometry(geometry, geometry.index === null));
    }
    case "splat":
      return loadSplat(await fetchBytes(url), "splat");
  }
}
