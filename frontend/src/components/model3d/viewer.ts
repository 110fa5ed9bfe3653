/**
 * The 3D viewer: one three.js renderer, camera, orbit controls and lights around a
 * canvas. It renders on demand (after a camera move, a resize or a prop change) rather
 * than every frame, except while a Gaussian splat is shown (splats sort themselves
 * asynchronously and need continuous frames).
 */
import * as THREE from "three";
import { OrbitControls } from "three/examples/jsm/controls/OrbitControls.js";
import { RoomEnvironment } from "three/examples/jsm/environments/RoomEnvironment.js";
import { initialOffset, readClearColor } from "./camera";
import { DisplayModes } from "./displayMode";
import type { CameraPosition, DisplayMode, ModelFormat } from "./options";
import { loadModel, type LoadedModel } from "./loaders";

// Gradio's viewer (Babylon's default camera) uses a 0.8 rad field of view.
const FOV_DEGREES = 0.8 * (180 / Math.PI);

export interface ViewerOptions {
  cameraPosition: CameraPosition;
  clearColor: unknown;
  zoomSpeed: number;
  panSpeed: number;
  displayMode: DisplayMode;
}

export class ModelViewer {
  private readonly renderer: THREE.WebGLRenderer;
  private readonly scene = new THREE.Scene();
  private readonly camera = new THREE.PerspectiveCamera(FOV_DEGREES, 1, 0.01, 1000);
  private readonly controls: OrbitControls;
  private model: LoadedModel | null = null;
  private modes: DisplayModes | null = null;
  private spark: THREE.Object3D | null = null;
  private center = new THREE.Vector3();
  private diagonal = 1;
  private loadToken = 0;
  private frameRequested = false;

  constructor(
    readonly canvas: HTMLCanvasElement,
    private options: ViewerOptions,
  ) {
    this.renderer = new THREE.WebGLRenderer({ canvas, antialias: true, alpha: true });
    this.renderer.setPixelRatio(Math.min(2, globalThis.devicePixelRatio || 1));
    this.renderer.outputColorSpace = THREE.SRGBColorSpace;
    // A sky/ground fill and a key light that moves with the camera: every side the user
    // turns to is lit. Metallic models also get an environment (see ensureEnvironment).
    this.scene.add(new THREE.HemisphereLight(0xffffff, 0x555555, 1.6));
    const key = new THREE.DirectionalLight(0xffffff, 1.7);
    key.position.set(1, 1, 2);
    this.camera.add(key);
    this.scene.add(this.camera);
    this.controls = new OrbitControls(this.camera, canvas);
    this.controls.screenSpacePanning = true;
    this.controls.addEventListener("change", () => this.requestRender());
    this.applyOptions(options);
  }

  /** Shows the model at `url` (replacing the current one); resolves once it is drawn. */
  async show(url: string, format: ModelFormat): Promise<void> {
    const token = ++this.loadToken;
    const loaded = await loadModel(url, format);
    if (token !== this.loadToken) {
      disposeObject(loaded.object);
      return;
    }
    this.clear();
    this.model = loaded;
    if (loaded.splat) await this.ensureSplatRenderer();
    this.scene.add(loaded.object);
    if (isMetallic(loaded.object)) this.ensureEnvironment();
    const box = loaded.box.isEmpty() ? new THREE.Box3(new THREE.Vector3(-1, -1, -1), new THREE.Vector3(1, 1, 1)) : loaded.box;
    box.getCenter(this.center);
    this.diagonal = box.getSize(new THREE.Vector3()).length() || 1;
    this.camera.near = this.diagonal / 1000;
    this.camera.far = this.diagonal * 100;
    this.controls.minDistance = this.diagonal / 100;
    this.controls.maxDistance = this.diagonal * 50;
    this.modes = loaded.splat ? null : new DisplayModes(loaded.object, this.diagonal / 400);
    this.modes?.apply(this.options.displayMode);
    this.resetCamera();
    this.renderer.setAnimationLoop(loaded.splat ? () => this.draw() : null);
  }

  /** Removes the model (an empty, cleared canvas). */
  clear(): void {
    this.loadToken++;
    if (this.model) {
      this.scene.remove(this.model.object);
      disposeObject(this.model.object);
    }
    this.modes?.dispose();
    this.model = null;
    this.modes = null;
    this.renderer.setAnimationLoop(null);
    this.requestRender();
  }

  applyOptions(options: ViewerOptions): void {
    const before = this.options;
    this.options = options;
    const { rgb, alpha } = readClearColor(options.clearColor);
    this.renderer.setClearColor(new THREE.Color(rgb[0], rgb[1], rgb[2]), alpha);
    this.controls.zoomSpeed = options.zoomSpeed > 0 ? options.zoomSpeed : 1;
    this.controls.panSpeed = options.panSpeed > 0 ? options.panSpeed : 1;
    if (before.displayMode !== options.displayMode) this.modes?.apply(options.displayMode);
    if (before.cameraPosition.join() !== options.cameraPosition.join()) this.resetCamera();
    this.requestRender();
  }

  /** Back to the starting view: `camera_position`, or the default framing of the model. */
  resetCamera(): void {
    const offset = initialOffset(this.options.cameraPosition, this.diagonal);
    this.controls.target.copy(this.center);
    this.camera.position.set(this.center.x + offset[0], this.center.y + offset[1], this.center.z + offset[2]);
    this.camera.updateProjectionMatrix();
    this.controls.update();
    this.requestRender();
  }

  resize(width: number, height: number): void {
    if (width <= 0 || height <= 0) return;
    this.renderer.setSize(width, height, false);
    this.camera.aspect = width / height;
    this.camera.updateProjectionMatrix();
    this.requestRender();
  }

  dispose(): void {
    this.clear();
    this.controls.dispose();
    this.scene.environment?.dispose();
    this.renderer.dispose();
  }

  /**
   * Metals reflect their surroundings and look black without any. The environment is a
   * small prefiltered room, made only for metallic models: prefiltering costs nothing on
   * a GPU but tens of seconds on software rendering (machines without a GPU).
   */
  private ensureEnvironment(): void {
    if (this.scene.environment) return;
    const pmrem = new THREE.PMREMGenerator(this.renderer);
    this.scene.environment = pmrem.fromScene(new RoomEnvironment(), 0.04, 0.1, 100, { size: 64 }).texture;
    pmrem.dispose();
  }

  private async ensureSplatRenderer(): Promise<void> {
    if (this.spark) return;
    const { SparkRenderer } = await import("@sparkjsdev/spark");
    this.spark = new SparkRenderer({ renderer: this.renderer });
    this.scene.add(this.spark);
  }

  private requestRender(): void {
    if (this.frameRequested) return;
    this.frameRequested = true;
    requestAnimationFrame(() => {
      this.frameRequested = false;
      this.draw();
    });
  }

  private draw(): void {
    this.renderer.render(this.scene, this.camera);
  }
}

function isMetallic(root: THREE.Object3D): boolean {
  let metallic = false;
  root.traverse((node) => {
    const material = (node as THREE.Mesh).material;
    for (const m of Array.isArray(material) ? material : material ? [material] : []) {
      if ((m as THREE.MeshStandardMaterial).metalness > 0.3) metallic = true;
    }
  });
  return metallic;
}

function disposeObject(root: THREE.Object3D): void {
  root.traverse((node) => {
    const mesh = node as THREE.Mesh;
    mesh.geometry?.dispose?.();
    const materials = Array.isArray(mesh.material) ? mesh.material : mesh.material ? [mesh.material] : [];
    for (const material of materials) material.dispose();
  });
  (root as { dispose?: () => void }).dispose?.();
}
