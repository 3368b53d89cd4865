// @vitest-environment jsdom
/**
 * The CSV exports of the training charts, the hero, the Lab page's boundaries and the ILSVRC chart in both languages
 * (issue 12): English headers and cells exactly as before (the e2e tests read them by their English keys), Chinese
 * headers and word-valued cells on Chinese pages, numbers unchanged.
 */
import {describe, expect, it} from "vitest";
import {CURVE_TABLE_COLUMNS, curveTable, DEPTH_TABLE_COLUMNS, depthTable, type RunCurve} from "../../../src/components/charts/index.ts";
import {CSV_TEXT} from "../../../src/components/charts/text.ts";
import {boundaryPanelRows} from "../../../src/components/boundary/BoundaryChart.ts";
import {BOUNDARY_CSV_TEXT} from "../../../src/components/boundary/text.ts";
import {heroBoundaryRows} from "../../../src/components/hero/Hero.ts";
import {HERO_CSV_TEXT} from "../../../src/components/hero/text.ts";
import {ilsvrcCsv} from "../../../src/components/ilsvrcChart.ts";
import {toCsv} from "../../../src/components/export/csv.ts";
import {ILSVRC_WINNERS} from "../../../src/data/papers/index.ts";
import type {SessionRun} from "../../../src/session/sessionState.ts";

const run = (label: string, isResidual: boolean, phase: RunCurve["phase"], isReference = false): RunCurve => ({
  id: label, label, isResidual, depth: 20, isReference, phase, totalSteps: 10,
  points: [{step: 0, loss: 0.7, trainError: 0.5, testError: 0.5}, {step: 10, loss: Number.NaN, trainError: 0.25, testError: null}]
});

const boundary = {resolution: 1, extent: [-1, 1] as [number, number], classes: 2, probabilities: [0.25, 0.75]};

describe("the curves table", () => {
  const runs = [run("plain-20", false, "done"), run("residual-20 (reference)", true, "diverged", true)];
  it("in English: the keys as headers, the words as the data has them", () => {
    expect(toCsv(curveTable(runs, "en"), CURVE_TABLE_COLUMNS, CSV_TEXT.en.curveColumns)).toBe(
      "run,source,net,depth,status,step,train_loss,train_error,test_error\r\n" +
        "plain-20,live,plain,20,done,0,0.7,0.5,0.5\r\nplain-20,live,plain,20,done,10,,0.25,\r\n" +
        "residual-20 (reference),reference,residual,20,diverged,0,0.7,0.5,0.5\r\nresidual-20 (reference),reference,residual,20,diverged,10,,0.25,\r\n"
    );
    expect(toCsv(curveTable(runs), CURVE_TABLE_COLUMNS)).toBe(toCsv(curveTable(runs, "en"), CURVE_TABLE_COLUMNS, CSV_TEXT.en.curveColumns));
  });
  it("in Chinese: Chinese headers and words, numbers unchanged", () => {
    const lines = toCsv(curveTable([run("普通-20", false, "done"), run("残差-20（参考）", true, "diverged", true)], "zh"), CURVE_TABLE_COLUMNS, CSV_TEXT.zh.curveColumns).split("\r\n");
    expect(lines[0]).toBe("运行,来源,网络,深度,状态,步,训练损失,训练误差,测试误差");
    expect(lines[1]).toBe("普通-20,实时运行,普通,20,完成,0,0.7,0.5,0.5");
    expect(lines[4]).toBe("残差-20（参考）,参考运行,残差,20,发散,10,,0.25,");
  });
});

describe("the error-vs-depth table", () => {
  const points = [{depth: 20, isResidual: false, value: 0.1, isReference: false}, {depth: 56, isResidual: true, value: Number.NaN, isReference: true}];
  it("in English: unchanged", () => {
    expect(toCsv(depthTable(points, "en"), DEPTH_TABLE_COLUMNS, CSV_TEXT.en.depthColumns)).toBe(
      "run,source,net,depth,final_train_error,status\r\nplain-20,live,plain,20,0.1,done\r\nresidual-56,reference,residual,56,,diverged\r\n"
    );
  });
  it("in Chinese: Chinese headers, words and net names", () => {
    expect(toCsv(depthTable(points, "zh"), DEPTH_TABLE_COLUMNS, CSV_TEXT.zh.depthColumns)).toBe(
      "运行,来源,网络,深度,最终训练误差,状态\r\n普通-20,实时运行,普通,20,0.1,完成\r\n残差-56,参考运行,残差,56,,发散\r\n"
    );
  });
});

describe("the decision boundaries' tables", () => {
  it("Lab page: the keys in English, Chinese headers in Chinese", () => {
    const rows = boundaryPanelRows([{label: "plain-8", boundary, phase: "done", step: 40}]);
    expect(toCsv(rows, undefined, BOUNDARY_CSV_TEXT.en.panelColumns)).toBe("run,step,x,y,p_class1\r\nplain-8,40,0,0,0.75\r\n");
    expect(toCsv(rows, undefined, BOUNDARY_CSV_TEXT.zh.panelColumns).split("\r\n")[0]).toBe("运行,步,x,y,类别 1 的概率");
  });
  it("hero: the net's family in the page's language", () => {
    const runs = [
      {id: "plain", snapshots: [{step: 5, boundary}]},
      {id: "residual", snapshots: []}
    ] as unknown as SessionRun[];
    expect(toCsv(heroBoundaryRows(runs, "en"), undefined, HERO_CSV_TEXT.en.boundaryColumns)).toBe("net,step,x,y,probability\r\nplain,5,0,0,0.75\r\n");
    expect(toCsv(heroBoundaryRows(runs, "zh"), undefined, HERO_CSV_TEXT.zh.boundaryColumns)).toBe("网络,步,x,y,类别 1 的概率\r\n普通,5,0,0,0.75\r\n");
  });
});

describe("the ILSVRC chart's CSV", () => {
  it("in Chinese: Chinese headers, models and citations; numbers unchanged", () => {
    const lines = ilsvrcCsv(ILSVRC_WINNERS, "zh").split("\n");
    expect(lines[0]).toBe("年份,模型,前五错误率（%）,深度（层）,名次,错误率来源,深度来源");
    expect(lines[5]).toBe("2015,ResNet（集成）,3.57,152,1,He 等，2015，表 5,He 等，2015，§4.1");
    expect(ilsvrcCsv(ILSVRC_WINNERS)).toBe(ilsvrcCsv(ILSVRC_WINNERS, "en"));
  });
});
