/**
 * `display_mode` for a loaded model: "solid" (as authored), "wireframe" (mesh edges), or
 * "point_cloud" (each mesh's vertices as points). Splats ignore it, as in Gradio.
 */
import * as THREE from "three";
import type { DisplayMode } from "./options";

type Material = THREE.Material & { wireframe?: boolean; color?: THREE.Color; vertexColors?: boolean };

function materialsOf(mesh: THREE.Mesh): Material[] {
  return (Array.isArray(mesh.material) ? mesh.material : [mesh.material]) as Material[];
}

/** Switches one model between display modes, building the point versions once. */
export class DisplayModes {
  private readonly points = new Map<THREE.Mesh, THREE.Points>();

  constructor(private readonly root: THREE.Object3D, private readonly pointSize: number) {}

  apply(mode: DisplayMode): void {
    const meshes: THREE.Mesh[] = [];
    this.root.traverse((node) => {
      if ((node as THREE.Mesh).isMesh && !(node as THREE.Points).isPoints) meshes.push(node as THREE.Mesh);
    });
    for (const mesh of meshes) {
      for (const material of materialsOf(mesh)) {
        if ("wireframe" in material) {
          material.wireframe = mode === "wireframe";
          material.needsUpdate = true;
        }
      }
      mesh.visible = mode !== "point_cloud";
      const points = mode === "point_cloud" ? this.pointsFor(mesh) : this.points.get(mesh);
      if (points) points.visible = mode === "point_cloud";
    }
  }

  private pointsFor(mesh: THREE.Mesh): THREE.Points {
    let points = this.points.get(mesh);
    if (!points) {
      const first = materialsOf(mesh)[0];
      const vertexColors = mesh.geometry.hasAttribute("color");
      const material = new THREE.PointsMaterial({
        size: this.pointSize,
        sizeAttenuation: true,
        vertexColors,
        color: vertexColors ? 0xffffff : (first?.color?.clone() ?? new THREE.Color(0xb8bcc4)),
      });
      points = new THREE.Points(mesh.geometry, material);
      // Skinned/morphed meshes would need their pose baked; a static snapshot is enough here.
      mesh.parent?.add(points);
      points.position.copy(mesh.position);
      points.quaternion.copy(mesh.quaternion);
      points.scale.copy(mesh.scale);
      this.points.set(mesh, points);
    }
    return points;
  }

  dispose(): void {
    for (const points of this.points.values()) {
      points.removeFromParent();
      (points.material as THREE.Material).dispose();
    }
    this.points.clear();
  }
}
