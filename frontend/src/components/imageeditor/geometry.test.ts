import { describe, expect, it } from "vitest";
import { containRect, fitZoom, rectBetween, stepZoom, toImagePoint } from "./geometry";
import { History } from "./history";

describe("geometry", () => {
  it("maps a pointer to image pixels through the zoomed canvas", () => {
    const box = { left: 100, top: 50, width: 400, height: 300 };
    expect(toImagePoint(100, 50, box, 800, 600)).toEqual({ x: 0, y: 0 });
    expect(toImagePoint(300, 200, box, 800, 600)).toEqual({ x: 400, y: 300 });
  });
  it("fits the image in the stage without enlarging past the limit", () => {
    expect(fitZoom(800, 800, 400, 300)).toBe(0.375);
    expect(fitZoom(100, 100, 400, 300)).toBe(1);
    expect(fitZoom(100, 100, 400, 300, 2)).toBe(2);
  });
  it("steps through zoom levels both ways", () => {
    expect(stepZoom(0.375, 1)).toBe(0.5);
    expect(stepZoom(0.375, -1)).toBe(0.33);
    expect(stepZoom(8, 1)).toBe(8);
  });
  it("builds crop rectangles from any two corners, clipped to the image", () => {
    expect(rectBetween({ x: 50.4, y: 80 }, { x: 10.6, y: -20 }, 100, 100)).toEqual({ x: 10, y: 0, width: 41, height: 80 });
  });
  it("centres a large image on a fixed canvas, scaled down", () => {
    expect(containRect(400, 200, 100, 100)).toEqual({ x: 0, y: 25, width: 100, height: 50 });
    expect(containRect(20, 10, 100, 100)).toEqual({ x: 40, y: 45, width: 20, height: 10 });
  });
});

describe("History", () => {
  it("undoes and redoes, and a new change forgets the redo", () => {
    const h = new History<number>(2);
    h.record(1);
    h.record(2);
    h.record(3); // the oldest (1) is dropped past the limit
    expect(h.undo(4)).toBe(3);
    expect(h.undo(3)).toBe(2);
    expect(h.undo(2)).toBeNull();
    expect(h.redo(2)).toBe(3);
    h.record(3);
    expect(h.canRedo).toBe(false);
  });
});
