import { describe, expect, it } from "vitest";
import { brushRange, buildSpec, durationMs, fieldRef, type PlotPayload } from "./spec";

const sales: PlotPayload = {
  columns: ["day", "amount", "shop", "when"],
  data: [
    [1, 10, "north", 1704067200000],
    [2, 20, "south", 1704070800000],
    [3, 5, "north", 1704074400000],
  ],
  datatypes: { day: "quantitative", amount: "quantitative", shop: "nominal", when: "temporal" },
  mark: "bar",
};

type AnySpec = Record<string, any>;
function specOf(payload: PlotPayload, options: Record<string, unknown>): AnySpec {
  const result = buildSpec(payload, options);
  if ("error" in result) throw new Error(result.error);
  return result.spec as AnySpec;
}

describe("buildSpec", () => {
  it("turns rows into records and names the axes after the columns", () => {
    const spec = specOf(sales, { x: "day", y: "amount" });
    expect(spec.data.values[1]).toEqual({ day: 2, amount: 20, shop: "south", when: 1704070800000 });
    expect(spec.mark.type).toBe("bar");
    expect(spec.encoding.x).toMatchObject({ field: "day", type: "quantitative", title: "day" });
    expect(spec.encoding.y).toMatchObject({ field: "amount", type: "quantitative", title: "amount" });
    expect(spec.encoding.y.aggregate).toBeUndefined();
  });

  it("bins numeric x with a step and sums y by default", () => {
    const spec = specOf(sales, { x: "day", y: "amount", x_bin: 2 });
    expect(spec.encoding.x.bin).toEqual({ step: 2 });
    expect(spec.encoding.y.aggregate).toBe("sum");
  });

  it("bins dates by a duration with a floor transform", () => {
    const spec = specOf(sales, { x: "when", y: "amount", x_bin: "2h", y_aggregate: "mean" });
    expect(spec.transform).toEqual([{ calculate: 'floor(datum["when"] / 7200000) * 7200000', as: "when (binned)" }]);
    expect(spec.encoding.x.field).toBe("when (binned)");
    expect(spec.encoding.y.aggregate).toBe("mean");
    expect(spec.encoding.y.title).toBe("mean of amount");
  });

  it("aggregates over a category x even without a bin", () => {
    expect(specOf(sales, { x: "shop", y: "amount" }).encoding.y.aggregate).toBe("sum");
  });

  it("maps sort options onto the x channel", () => {
    expect(specOf(sales, { x: "shop", y: "amount", sort: "-y" }).encoding.x.sort).toBe("-y");
    expect(specOf(sales, { x: "shop", y: "amount", sort: "x" }).encoding.x.sort).toBe("ascending");
    expect(specOf(sales, { x: "shop", y: "amount", sort: ["south", "north"] }).encoding.x.sort).toEqual(["south", "north"]);
  });

  it("gives series the colours of color_map and limits the legend", () => {
    const spec = specOf(sales, { x: "day", y: "amount", color: "shop", color_map: { north: "#ff0000", south: "blue" }, colors_in_legend: ["north"] });
    expect(spec.encoding.color.scale).toEqual({ domain: ["north", "south"], range: ["#ff0000", "blue"] });
    expect(spec.encoding.color.legend).toEqual({ values: ["north"] });
  });

  it("sets axis limits, with one open end allowed, and dates given in seconds", () => {
    expect(specOf(sales, { x: "day", y: "amount", x_lim: [0, 10], y_lim: [null, 50] }).encoding.y.scale).toEqual({ domainMax: 50 });
    expect(specOf(sales, { x: "day", y: "amount", x_lim: [0, 10] }).encoding.x.scale).toEqual({ domain: [0, 10] });
    expect(specOf(sales, { x: "when", y: "amount", x_lim: [1704067200, null] }).encoding.x.scale).toEqual({ domainMin: 1704067200000 });
  });

  it("lets line and scatter axes hug the data while bars start at zero", () => {
    const scatter = specOf({ ...sales, mark: "point" }, { x: "day", y: "amount" });
    expect(scatter.encoding.x.scale).toEqual({ zero: false });
    expect(scatter.encoding.y.scale).toEqual({ zero: false });
    expect(specOf({ ...sales, mark: "line" }, { x: "day", y: "amount", y_lim: [0, 40] }).encoding.y.scale).toEqual({ zero: false, domain: [0, 40] });
    expect(specOf(sales, { x: "day", y: "amount" }).encoding.y.scale).toBeUndefined();
  });

  it("builds tooltips for axis, all, a list, or none", () => {
    const line = { ...sales, mark: "line" };
    const tipOf = (tooltip: unknown) => specOf(line, { x: "day", y: "amount", tooltip }).layer[1].encoding?.tooltip;
    expect(tipOf("axis").map((t: AnySpec) => t.field)).toEqual(["day", "amount"]);
    expect(tipOf("all").map((t: AnySpec) => t.field)).toEqual(["day", "amount", "shop", "when"]);
    expect(tipOf(["shop"]).map((t: AnySpec) => t.field)).toEqual(["day", "amount", "shop"]);
    expect(tipOf("none")).toBeUndefined();
  });

  it("adds an x-interval brush only when select has a listener", () => {
    expect(specOf(sales, { x: "day", y: "amount" }).params).toBeUndefined();
    expect(specOf(sales, { x: "day", y: "amount", selectable: true }).params).toEqual([
      { name: "brush", select: { type: "interval", encodings: ["x"] } },
    ]);
  });

  it("applies titles, label angle, hidden labels and height", () => {
    const spec = specOf(sales, { x: "day", y: "amount", title: "Sales", x_title: "Day", y_title: "€", x_label_angle: 45, x_axis_labels_visible: false, height: 420 });
    expect(spec.title).toBe("Sales");
    expect(spec.encoding.x.title).toBe("Day");
    expect(spec.encoding.y.title).toBe("€");
    expect(spec.encoding.x.axis.labelAngle).toBe(-45);
    expect(spec.encoding.x.axis.labels).toBe(false);
    expect(spec.height).toBe(420);
  });

  it("explains props that do not fit the data instead of drawing nothing", () => {
    expect(buildSpec(sales, { x: "day", y: "price" })).toEqual({ error: 'y="price" is not a column of the data (columns: day, amount, shop, when).' });
    expect(buildSpec(sales, { x: "day" })).toEqual({ error: "This plot needs x= and y= column names." });
    expect("error" in buildSpec(sales, { x: "when", y: "amount", x_bin: "soon" })).toBe(true);
  });
});

describe("helpers", () => {
  it("parses durations", () => {
    expect(durationMs("15m")).toBe(900000);
    expect(durationMs("1d")).toBe(86400000);
    expect(durationMs("2 weeks")).toBeNull();
  });

  it("escapes vega path characters in column names", () => {
    expect(fieldRef("price.usd")).toBe("price\\.usd");
    expect(fieldRef("a[0]")).toBe("a\\[0\\]");
  });

  it("reads the brushed range, dates in seconds", () => {
    expect(brushRange({ day: [1.5, 3.25] }, false)).toEqual([1.5, 3.25]);
    expect(brushRange({ when: [new Date(2000), new Date(5000)] }, true)).toEqual([2, 5]);
    expect(brushRange({}, false)).toBeNull();
  });
});
