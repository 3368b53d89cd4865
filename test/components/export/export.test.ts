/** The pure parts of chart export: CSV text, file names and line breaking of titles and captions. */
import {describe, expect, it} from "vitest";
import {columnsOf, csvField, toCsv} from "../../../src/components/export/csv.ts";
import {safeFilename} from "../../../src/components/export/filename.ts";
import {wrapText} from "../../../src/components/export/wrapText.ts";

describe("toCsv", () => {
  it("names the header's columns in the page's language, the rows' keys unchanged", () => {
    const rows = [{step: 0, loss: 2.3}];
    expect(toCsv(rows, ["step", "loss"], {step: "步", loss: "损失"})).toBe("步,损失\r\n0,2.3\r\n");
    expect(toCsv(rows, ["step", "loss"], {step: "步"})).toBe("步,loss\r\n0,2.3\r\n");
  });

  it("writes a header and one CRLF-terminated line per row", () => {
    const rows = [{step: 0, loss: 2.3, net: "plain-56"}, {step: 10, loss: 1.25, net: "ResNet-56"}];
    expect(toCsv(rows)).toBe("step,loss,net\r\n0,2.3,plain-56\r\n10,1.25,ResNet-56\r\n");
  });

  it("quotes fields with commas, quotes, line breaks or surrounding spaces, doubling quotes", () => {
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    expect(csvField(" padded")).toBe('" padded"');
    expect(csvField("plain")).toBe("plain");
  });

  it("writes numbers in full precision, empty cells for null and undefined, JSON for arrays, ISO dates", () => {
    const rows = [{a: 0.1 + 0.2, b: null, c: undefined, d: [1, 2], e: new Date(Date.UTC(2026, 0, 2)), f: true, g: Number.NaN, h: -0}];
    expect(toCsv(rows)).toBe('a,b,c,d,e,f,g,h\r\n0.30000000000000004,,,"[1,2]",2026-01-02T00:00:00.000Z,true,NaN,0\r\n');
  });

  it("takes the union of keys in first-seen order, or the given columns", () => {
    const rows = [{x: 1}, {y: 2, x: 3}, {z: 4}];
    expect(columnsOf(rows)).toEqual(["x", "y", "z"]);
    expect(toCsv(rows)).toBe("x,y,z\r\n1,,\r\n3,2,\r\n,,4\r\n");
    expect(toCsv(rows, ["z", "x"])).toBe("z,x\r\n,1\r\n,3\r\n4,\r\n");
  });

  it("quotes header names too, and writes only a header for no rows", () => {
    expect(toCsv([], ["train, error", "step"])).toBe('"train, error",step\r\n');
  });
});

describe("safeFilename", () => {
  it("turns a title into a lower-case, dash-separated name with the extension", () => {
    expect(safeFilename("Training error: plain-56 vs ResNet-56 (seed 3)", "png")).toBe("training-error-plain-56-vs-resnet-56-seed-3.png");
  });
  it("drops accents, keeps letters of any script, removes path separators and dots", () => {
    expect(safeFilename("Déjà vu ../../etc/passwd", "SVG")).toBe("deja-vu-etc-passwd.svg");
    expect(safeFilename("残差网络 ‖∂L/∂x‖", "csv")).toBe("残差网络-l-x.csv");
  });
  it("falls back to 'chart', avoids Windows device names, caps the length at a word boundary", () => {
    expect(safeFilename("  ///  ", "csv")).toBe("chart.csv");
    expect(safeFilename("CON", "png")).toBe("con-chart.png");
    const long = safeFilename("word ".repeat(40), "svg");
    expect(long.length).toBeLessThanOrEqual(84);
    expect(long).toMatch(/^(word-)*word\.svg$/);
  });
  it("cleans the extension", () => {
    expect(safeFilename("a", ".p/n g")).toBe("a.png");
  });
});

describe("wrapText", () => {
  const measure = (text: string) => text.length * 10; // 10 px per character

  it("breaks at spaces so no line is wider than the limit", () => {
    const lines = wrapText("plain-56 vs ResNet-56, lr 0.1, 300 steps, seed 3", 120, measure);
    expect(lines).toEqual(["plain-56 vs", "ResNet-56,", "lr 0.1, 300", "steps, seed", "3"]);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(120);
    expect(lines.join(" ")).toBe("plain-56 vs ResNet-56, lr 0.1, 300 steps, seed 3");
  });

  it("cuts a word wider than a line, keeps explicit line breaks, collapses spaces", () => {
    expect(wrapText("abcdefghij", 40, measure)).toEqual(["abcd", "efgh", "ij"]);
    expect(wrapText("one\ntwo   three", 1000, measure)).toEqual(["one", "two three"]);
    expect(wrapText("", 100, measure)).toEqual([]);
  });
});
