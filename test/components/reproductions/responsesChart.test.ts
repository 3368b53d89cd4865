/** The sentence under the layer-response chart: which of the paper's two observations the numbers bear out. */
import {describe, expect, it} from "vitest";
import {responseFindings} from "../../../src/engine/experiments/responses.ts";
import {responseRows, responsesSentence} from "../../../src/components/reproductions/ResponsesChart.ts";
import {toCsv} from "../../../src/components/export/csv.ts";

describe("responsesSentence", () => {
  const net = (id: string, depth: number, isResidual: boolean, mean: number) => ({id, depth, isResidual, mean, byLayer: [mean], ranked: [mean], seeds: 3});
  it("says which of the paper's two observations the numbers bear out", () => {
    const agree = [net("plain-20", 20, false, 1), net("ResNet-20", 20, true, 0.9), net("plain-56", 56, false, 1.2), net("ResNet-56", 56, true, 0.8)];
    expect(responsesSentence(agree, responseFindings(agree))).toBe(
      "Averaged over every layer and 3 seeds, the std of a response is 1.00 for plain-20 against 0.90 for ResNet-20, and 1.20 for plain-56 against 0.80 for ResNet-56. The residual nets' responses are smaller than their plain twins' at every depth, and the deeper residual net's are smaller than the shallower one's — both as in the paper."
    );
    const partly = [net("plain-20", 20, false, 0.97), net("ResNet-20", 20, true, 0.97), net("plain-56", 56, false, 1.2), net("ResNet-56", 56, true, 1.0)];
    expect(responsesSentence(partly, responseFindings(partly))).toMatch(/smaller than its plain twin's at 56 layers, though not clearly \(by 5% or more\) at 20, but the deeper residual net's are not smaller/);
  });
});

describe("responseRows", () => {
  const nets = [{id: "plain-20", depth: 20, isResidual: false, mean: 1, byLayer: [1.5], ranked: [1.5], seeds: 3}, {id: "ResNet-20", depth: 20, isResidual: true, mean: 0.5, byLayer: [0.5], ranked: [0.5], seeds: 3}];
  it("exports English keys and words on an English page, Chinese ones on a Chinese page, the numbers unchanged", () => {
    expect(toCsv(responseRows(nets, "en"))).toBe(
      "net,panel,layer,std\r\nplain-20,layer order,1,1.5\r\nplain-20,ranked by size,1,1.5\r\nResNet-20,layer order,1,0.5\r\nResNet-20,ranked by size,1,0.5\r\n"
    );
    expect(toCsv(responseRows(nets, "zh"))).toBe("网络,面板,层,标准差\r\n普通-20,按层的顺序,1,1.5\r\n普通-20,按大小排序,1,1.5\r\nResNet-20,按层的顺序,1,0.5\r\nResNet-20,按大小排序,1,0.5\r\n");
  });
});
