"""Model3D in a real browser with WebGL: each format renders (Draco- and meshopt-compressed
glTF and Gaussian splats too), dragging rotates the view, reset restores it, display_mode
changes the drawing, and an upload (picked or dropped) reaches Python.

Chromium runs headless without a GPU here; WebGL comes from SwiftShader (software), which
needs `--enable-unsafe-swiftshader` (and no `--disable-gpu`), so this file launches its own
browser instead of the session one.
"""

from __future__ import annotations

import io
import json
import struct
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image as PILImage
from playwright.sync_api import Browser, Locator, Page, expect

import podium as gr
from tests.browser.conftest import CHROMIUM, screenshot, watched_page
from tests.browser.drop_files import drop_file

WEBGL_ARGS = ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist", "--no-first-run"]

# ---- tiny models written byte by byte ---------------------------------------------------
# A 2 x 1 x 0.6 box: not symmetric, so turning it changes its outline as well as its shading.
SIZE = (2.0, 1.0, 0.6)
FACES = [  # (normal, four corners as +-1 signs per axis, counter-clockwise seen from outside)
    ((1, 0, 0), [(1, -1, -1), (1, 1, -1), (1, 1, 1), (1, -1, 1)]),
    ((-1, 0, 0), [(-1, -1, 1), (-1, 1, 1), (-1, 1, -1), (-1, -1, -1)]),
    ((0, 1, 0), [(-1, 1, -1), (-1, 1, 1), (1, 1, 1), (1, 1, -1)]),
    ((0, -1, 0), [(-1, -1, 1), (-1, -1, -1), (1, -1, -1), (1, -1, 1)]),
    ((0, 0, 1), [(-1, -1, 1), (1, -1, 1), (1, 1, 1), (-1, 1, 1)]),
    ((0, 0, -1), [(1, -1, -1), (-1, -1, -1), (-1, 1, -1), (1, 1, -1)]),
]
FACE_COLORS = [(230, 80, 40), (40, 160, 90), (60, 110, 230), (220, 190, 40), (170, 60, 200), (40, 190, 200)]


def box_mesh() -> tuple[list[tuple[float, float, float]], list[tuple[int, int, int]], list[tuple[int, int, int]]]:
    """Positions, normals (one per vertex) and triangles of the box."""
    positions, normals, triangles = [], [], []
    for normal, corners in FACES:
        base = len(positions)
        positions += [tuple(s * d / 2 for s, d in zip(c, SIZE, strict=True)) for c in corners]
        normals += [normal] * 4
        triangles += [(base, base + 1, base + 2), (base, base + 2, base + 3)]
    return positions, normals, triangles


def write_glb(path: Path) -> Path:
    positions, normals, triangles = box_mesh()
    pos = b"".join(struct.pack("<3f", *p) for p in positions)
    nor = b"".join(struct.pack("<3f", *n) for n in normals)
    idx = b"".join(struct.pack("<3H", *t) for t in triangles)
    binary = pos + nor + idx + b"\0" * ((4 - len(idx) % 4) % 4)
    gltf = {
        "asset": {"version": "2.0"},
        "scene": 0,
        "scenes": [{"nodes": [0]}],
        "nodes": [{"mesh": 0}],
        "meshes": [{"primitives": [{"attributes": {"POSITION": 0, "NORMAL": 1}, "indices": 2, "material": 0}]}],
        "materials": [{"pbrMetallicRoughness": {"baseColorFactor": [0.9, 0.35, 0.1, 1], "metallicFactor": 0, "roughnessFactor": 0.6}}],
        "buffers": [{"byteLength": len(binary)}],
        "bufferViews": [
            {"buffer": 0, "byteOffset": 0, "byteLength": len(pos)},
            {"buffer": 0, "byteOffset": len(pos), "byteLength": len(nor)},
            {"buffer": 0, "byteOffset": len(pos) + len(nor), "byteLength": len(idx)},
        ],
        "accessors": [
            {"bufferView": 0, "componentType": 5126, "count": len(positions), "type": "VEC3",
             "min": [-d / 2 for d in SIZE], "max": [d / 2 for d in SIZE]},
            {"bufferView": 1, "componentType": 5126, "count": len(normals), "type": "VEC3"},
            {"bufferView": 2, "componentType": 5123, "count": len(triangles) * 3, "type": "SCALAR"},
        ],
    }
    text = json.dumps(gltf).encode()
    text += b" " * ((4 - len(text) % 4) % 4)
    body = struct.pack("<II", len(text), 0x4E4F534A) + text + struct.pack("<II", len(binary), 0x004E4942) + binary
    path.write_bytes(struct.pack("<III", 0x46546C67, 2, 12 + len(body)) + body)
    return path


def write_obj(path: Path) -> Path:
    positions, normals, triangles = box_mesh()
    lines = [f"v {x} {y} {z}" for x, y, z in positions] + [f"vn {x} {y} {z}" for x, y, z in normals]
    lines += [f"f {a + 1}//{a + 1} {b + 1}//{b + 1} {c + 1}//{c + 1}" for a, b, c in triangles]
    path.write_text("\n".join(lines) + "\n")
    return path


def write_stl(path: Path) -> Path:
    positions, normals, triangles = box_mesh()
    out = io.BytesIO()
    out.write(b"podium test box".ljust(80, b" "))
    out.write(struct.pack("<I", len(triangles)))
    for a, b, c in triangles:
        out.write(struct.pack("<3f", *normals[a]))
        for vertex in (a, b, c):
            out.write(struct.pack("<3f", *positions[vertex]))
        out.write(b"\0\0")
    path.write_bytes(out.getvalue())
    return path


def write_ply(path: Path) -> Path:
    """An ASCII PLY with a colour per face (given per vertex)."""
    positions, _, triangles = box_mesh()
    header = [
        "ply", "format ascii 1.0", f"element vertex {len(positions)}", "property float x", "property float y",
        "property float z", "property uchar red", "property uchar green", "property uchar blue",
        f"element face {len(triangles)}", "property list uchar int vertex_indices", "end_header",
    ]
    verts = [f"{x} {y} {z} {' '.join(map(str, FACE_COLORS[i // 4]))}" for i, (x, y, z) in enumerate(positions)]
    faces = [f"3 {a} {b} {c}" for a, b, c in triangles]
    path.write_text("\n".join(header + verts + faces) + "\n")
    return path


# ---- browser helpers ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def webgl_browser(browser: Browser) -> Iterator[Browser]:
    # A second chromium from the session's Playwright (one sync Playwright per thread).
    webgl = browser.browser_type.launch(executable_path=CHROMIUM, args=WEBGL_ARGS)
    yield webgl
    webgl.close()


@pytest.fixture
def gl_page(webgl_browser: Browser, request: pytest.FixtureRequest) -> Iterator[Page]:
    with watched_page(webgl_browser.new_context(viewport={"width": 1000, "height": 900}), request, timeout_ms=20_000) as page:
        yield page


def pixels(canvas: Locator) -> np.ndarray:
    return np.asarray(PILImage.open(io.BytesIO(canvas.screenshot())).convert("RGB"), dtype=np.int16)


def drawn_fraction(image: np.ndarray) -> float:
    """How much of the canvas differs from its corner (background) colour."""
    background = image[12, 12]  # inside the rounded corner
    return float((np.abs(image - background).sum(axis=2) > 30).mean())


def difference(a: np.ndarray, b: np.ndarray) -> float:
    """Fraction of pixels that changed noticeably between two captures."""
    return float((np.abs(a - b).sum(axis=2) > 30).mean())


def settled(canvas: Locator, timeout: float = 15.0) -> np.ndarray:
    """The canvas once two consecutive captures agree (the render after an input has landed)."""
    deadline = time.monotonic() + timeout
    last = pixels(canvas)
    while time.monotonic() < deadline:
        current = pixels(canvas)
        if difference(last, current) < 0.001:
            return current
        last = current
    raise AssertionError("the 3D view never settled")


def shown(page: Page, name: str) -> Locator:
    """The canvas of the Model3D labelled `name`, once its model is drawn."""
    block = page.locator(".pd-m3d").filter(has=page.get_by_text(name, exact=True))
    expect(block.locator(".pd-m3d-stage")).to_have_attribute("data-loaded", "true", timeout=30_000)
    return block.locator("canvas")


# ---- tests -------------------------------------------------------------------------------
def test_rotate_reset_and_display_mode(serve, gl_page: Page, tmp_path: Path):
    glb = write_glb(tmp_path / "box.glb")
    with gr.Blocks() as demo:
        viewer = gr.Model3D(value=str(glb), label="Box", height=360)
        gr.Button("Wireframe").click(lambda: gr.update(display_mode="wireframe"), None, viewer)
        gr.Button("Points").click(lambda: gr.update(display_mode="point_cloud"), None, viewer)

    gl_page.goto(serve(demo))
    canvas = shown(gl_page, "Box")
    front = settled(canvas)
    assert drawn_fraction(front) > 0.05, "the box should cover part of the canvas"
    screenshot(gl_page, "model3d_glb")

    box = canvas.bounding_box()
    assert box is not None
    cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    gl_page.mouse.move(cx, cy)
    gl_page.mouse.down()
    gl_page.mouse.move(cx + 160, cy + 60, steps=8)
    gl_page.mouse.up()
    turned = settled(canvas)
    assert difference(front, turned) > 0.02, "dragging should rotate the model"

    gl_page.get_by_role("button", name="Reset camera").click()
    back = settled(canvas)
    assert difference(front, back) < 0.01, "reset should bring back the starting view"

    gl_page.get_by_role("button", name="Wireframe").click()
    wire = settled(canvas)
    assert difference(back, wire) > 0.02 and drawn_fraction(wire) < drawn_fraction(back)
    screenshot(gl_page, "model3d_wireframe")
    gl_page.get_by_role("button", name="Points").click()
    points = settled(canvas)
    assert difference(wire, points) > 0.005 and drawn_fraction(points) < drawn_fraction(back)


@pytest.mark.parametrize("writer", [write_obj, write_stl, write_ply], ids=["obj", "stl", "ply"])
def test_each_mesh_format_renders(serve, gl_page: Page, tmp_path: Path, writer):
    path = writer(tmp_path / f"box.{writer.__name__.removeprefix('write_')}")
    with gr.Blocks() as demo:
        gr.Model3D(value=str(path), label="Mesh", clear_color=(1, 1, 1, 1))
    gl_page.goto(serve(demo))
    image = settled(shown(gl_page, "Mesh"))
    assert (image[12, 12] >= 250).all(), "clear_color paints the background white"
    assert drawn_fraction(image) > 0.05


def test_upload_reaches_python_and_is_shown(serve, gl_page: Page, tmp_path: Path):
    stl = write_stl(tmp_path / "part.stl")

    def describe(path: str | None) -> str:
        return "nothing" if path is None else f"{Path(path).name}: {Path(path).stat().st_size} bytes"

    with gr.Blocks() as demo:
        model = gr.Model3D(label="Upload", interactive=True)
        info = gr.Textbox(label="Received")
        model.upload(describe, model, info)
        model.clear(lambda: "cleared", None, info)

    gl_page.goto(serve(demo))
    expect(gl_page.get_by_text("Drop a 3D model here")).to_be_visible()
    gl_page.get_by_test_id("model3d-input").set_input_files(str(stl))
    expect(gl_page.get_by_label("Received")).to_have_value(f"part.stl: {stl.stat().st_size} bytes")
    assert drawn_fraction(settled(shown(gl_page, "Upload"))) > 0.05
    expect(gl_page.get_by_role("link", name="Download")).to_have_attribute("download", "part.stl")
    gl_page.get_by_role("button", name="Clear").click()
    expect(gl_page.get_by_label("Received")).to_have_value("cleared")
    expect(gl_page.get_by_text("Drop a 3D model here")).to_be_visible()


# ---- compressed glTF, Gaussian splats, drag and drop -------------------------------------
FIXTURES = Path(__file__).parent / "fixtures" / "model3d"  # made by make_compressed.sh
DECODER_FILES = ("draco", "meshopt")


def write_splat(path: Path, per_side: int = 12) -> Path:
    """A cube of Gaussian splats in the antimatter15 .splat layout (32 bytes each: position
    and scale as float32 x3, RGBA as uint8 x4, rotation quaternion w,x,y,z as uint8 x4),
    coloured by position so it is plainly visible on any background."""
    out = io.BytesIO()
    for i in range(per_side):
        for j in range(per_side):
            for k in range(per_side):
                x, y, z = (i / (per_side - 1) - 0.5, j / (per_side - 1) - 0.5, k / (per_side - 1) - 0.5)
                out.write(struct.pack("<3f", x, y, z))
                out.write(struct.pack("<3f", 0.04, 0.04, 0.04))
                out.write(bytes([int(255 * (x + 0.5)), int(255 * (y + 0.5)), int(255 * (z + 0.5)), 255]))
                out.write(bytes([255, 128, 128, 128]))  # identity rotation
    path.write_bytes(out.getvalue())
    return path


def record_requests(page: Page) -> list[str]:
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url))
    return urls


@pytest.mark.parametrize("name", ["box-draco.glb", "box-meshopt.glb"])
def test_compressed_gltf_renders(serve, gl_page: Page, tmp_path: Path, name: str):
    fixture = FIXTURES / name
    reference = write_glb(tmp_path / "box.glb")  # the same box, uncompressed
    with gr.Blocks() as demo, gr.Row():
        gr.Model3D(value=str(fixture), label="Compressed", clear_color=(1, 1, 1, 1), height=300)
        gr.Model3D(value=str(reference), label="Reference", clear_color=(1, 1, 1, 1), height=300)
    urls = record_requests(gl_page)
    gl_page.goto(serve(demo))
    image = settled(shown(gl_page, "Compressed"))
    assert drawn_fraction(image) > 0.05, "the decoded box should cover part of the canvas"
    expected = settled(shown(gl_page, "Reference"))
    assert image.shape == expected.shape and difference(image, expected) < 0.02, "decoded, it looks like the original"
    screenshot(gl_page, f"model3d_{fixture.stem.replace('-', '_')}")
    used = "draco" if "draco" in name else "meshopt"
    unused = "meshopt" if used == "draco" else "draco"
    assert any(used in url.lower() for url in urls), f"the {used} decoder should have been fetched"
    assert not any(unused in url.lower() for url in urls), f"the {unused} decoder is not needed here"
    if used == "draco":  # served by the app itself, not a CDN
        decoder_urls = [url for url in urls if "draco" in url.lower()]
        assert decoder_urls and all(url.startswith("http://127.0.0.1:") for url in decoder_urls)


def test_decoders_are_fetched_only_when_a_file_needs_them(serve, gl_page: Page, tmp_path: Path):
    glb = write_glb(tmp_path / "plain.glb")
    with gr.Blocks() as with_model:
        gr.Model3D(value=str(glb), label="Plain")
    urls = record_requests(gl_page)
    gl_page.goto(serve(with_model))
    settled(shown(gl_page, "Plain"))
    assert not [url for url in urls if any(word in url.lower() for word in DECODER_FILES)]

    with gr.Blocks() as without_model:
        gr.Textbox(label="Just text")
    urls.clear()
    gl_page.goto(serve(without_model))
    gl_page.wait_for_load_state("load")  # (never "networkidle": the heartbeat stream stays open)
    expect(gl_page.get_by_label("Just text")).to_be_visible()
    assert any("/assets/" in url for url in urls), "the page's own scripts were recorded"
    assert not [url for url in urls if any(word in url.lower() for word in (*DECODER_FILES, "model3d", "gltf"))]


def test_gaussian_splat_renders(serve, gl_page: Page, tmp_path: Path):
    splat = write_splat(tmp_path / "cube.splat")
    with gr.Blocks() as demo:
        gr.Model3D(value=str(splat), label="Splat", clear_color=(1, 1, 1, 1), height=360)
    gl_page.goto(serve(demo))
    image = settled(shown(gl_page, "Splat"), timeout=40)
    screenshot(gl_page, "model3d_splat")
    assert (image[12, 12] >= 250).all(), "clear_color paints the background white"
    assert drawn_fraction(image) > 0.05, "the splats should cover part of the canvas"
    # Coloured by position: several distinct hues, not one flat blob.
    drawn = image[np.abs(image - image[12, 12]).sum(axis=2) > 30]
    assert len({tuple(pixel // 64) for pixel in drawn}) >= 4


def test_a_dropped_file_is_uploaded(serve, gl_page: Page, tmp_path: Path):
    stl = write_stl(tmp_path / "dropped.stl")
    with gr.Blocks() as demo:
        model = gr.Model3D(label="Drop here", interactive=True)
        info = gr.Textbox(label="Received")
        model.upload(lambda path: f"{Path(path).name}: {Path(path).stat().st_size} bytes", model, info)

    gl_page.goto(serve(demo))
    expect(gl_page.get_by_text("Drop a 3D model here")).to_be_visible()
    drop_file(gl_page.locator(".pd-m3d"), stl, "model/stl")
    expect(gl_page.get_by_label("Received")).to_have_value(f"dropped.stl: {stl.stat().st_size} bytes")
    assert drawn_fraction(settled(shown(gl_page, "Drop here"))) > 0.05
