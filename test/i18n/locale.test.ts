import {describe, expect, it} from "vitest";
import {formatNumber, localeOfPath, localeOfTag, pageOfPath, pathIn} from "../../src/i18n/locale.ts";

describe("the site's languages", () => {
  it("reads a page's language from its path, under any base", () => {
    expect(localeOfPath("/zh/degradation")).toBe("zh");
    expect(localeOfPath("/zh/")).toBe("zh");
    expect(localeOfPath("/zh")).toBe("zh");
    expect(localeOfPath("/course/resnet/zh/lab")).toBe("zh");
    expect(localeOfPath("/degradation")).toBe("en");
    expect(localeOfPath("/zhang")).toBe("en");
    expect(localeOfPath("/")).toBe("en");
  });

  it("reads a language from <html lang>, English for anything unknown", () => {
    expect(localeOfTag("zh-CN")).toBe("zh");
    expect(localeOfTag("zh")).toBe("zh");
    expect(localeOfTag("en")).toBe("en");
    expect(localeOfTag("fr")).toBe("en");
    expect(localeOfTag(null)).toBe("en");
  });

  it("maps a page between its languages", () => {
    expect(pageOfPath("/zh/degradation")).toBe("/degradation");
    expect(pageOfPath("/zh/")).toBe("/");
    expect(pageOfPath("/zh")).toBe("/");
    expect(pageOfPath("/lab")).toBe("/lab");
    expect(pathIn("/lab", "zh")).toBe("/zh/lab");
    expect(pathIn("/", "zh")).toBe("/zh/");
    expect(pathIn("/lab", "en")).toBe("/lab");
    for (const page of ["/", "/lab", "/residual-units"]) expect(pageOfPath(pathIn(page, "zh"))).toBe(page);
  });

  it("groups thousands with commas and writes decimals with a point in both languages", () => {
    expect(formatNumber(25557032, "zh")).toBe("25,557,032");
    expect(formatNumber(25557032, "en")).toBe("25,557,032");
    expect(formatNumber(0.125, "zh", {maximumFractionDigits: 3})).toBe("0.125");
  });
});
