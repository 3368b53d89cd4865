/**
 * Malformed URL parameters of the Lab page and what each must yield: shared by the parser's unit test
 * (test/components/controls/urlState.test.ts) and the end-to-end test on the built page (test/e2e/urlState.test.ts).
 */

/** One case: the query string, the parameter concerned, the value it must get and its note. */
export interface MalformedCase {
  search: string;
  name: string;
  value: number | string | boolean;
  note: RegExp;
}

export const MALFORMED_URLS: MalformedCase[] = [
  {search: "?depth=999", name: "depth", value: 110, note: /^depth=999 is above the maximum 110; using 110$/},
  {search: "?depth=-5", name: "depth", value: 8, note: /^depth=-5 is below the minimum 8; using 8$/},
  {search: "?depth=99999999999999999999999", name: "depth", value: 110, note: /above the maximum 110; using 110/},
  {search: "?depth=NaN", name: "depth", value: 20, note: /^depth=NaN is not a number; using the default 20$/},
  {search: "?depth=deep", name: "depth", value: 20, note: /^depth=deep is not a number; using the default 20$/},
  {search: "?depth=Infinity", name: "depth", value: 20, note: /is not a number; using the default 20/},
  {search: "?depth=-Infinity", name: "depth", value: 20, note: /is not a number; using the default 20/},
  {search: "?depth=1e999", name: "depth", value: 110, note: /depth=1e999 is not written as a plain whole number and is above the maximum 110; using 110/},
  {search: "?depth=0x38", name: "depth", value: 20, note: /depth=0x38 is not a number; using the default 20/},
  {search: "?depth=", name: "depth", value: 20, note: /^depth= is empty; using the default 20$/},
  {search: "?depth", name: "depth", value: 20, note: /is empty; using the default 20/},
  {search: "?depth=21", name: "depth", value: 20, note: /^depth=21 is not one of 8, 14, 20, …, 110; using 20$/},
  {search: "?depth=20.5", name: "depth", value: 20, note: /depth=20.5 is not a whole number.*; using 20$/},
  {search: "?steps=1e3", name: "steps", value: 1000, note: /steps=1e3 is not written as a plain whole number; using 1000/},
  {search: "?depth=56&depth=110", name: "depth", value: 56, note: /^depth is given 2 times; using the first$/},
  {search: "?dataset=Spirals", name: "dataset", value: "spirals", note: /dataset=Spirals is not one of .*case-sensitive.*; using spirals/},
  {search: "?dataset=cifar10", name: "dataset", value: "mnist14", note: /dataset=cifar10 is not one of mnist14, spirals, circles, checkerboard; using the default mnist14/},
  {search: "?shortcut=D", name: "shortcut", value: "A", note: /shortcut=D is not one of A, B, C; using the default A/},
  {search: "?shortcut=b", name: "shortcut", value: "B", note: /case-sensitive\); using B/},
  {search: "?residual=maybe", name: "residual", value: true, note: /residual=maybe is not true or false; using the default true/},
  {search: "?residual=OFF", name: "residual", value: false, note: /residual=OFF is not true or false \(read as false\); using false/},
  {search: "?learningRate=5", name: "learningRate", value: 1, note: /learningRate=5 is above the maximum 1; using 1/},
  {search: "?learningRate=0", name: "learningRate", value: 0.0001, note: /below the minimum 0.0001; using 0.0001/},
  {search: "?learningRate=0.00017", name: "learningRate", value: 0.0002, note: /is not a multiple of 0.0001; using 0.0002/},
  {search: "?momentum=1,5", name: "momentum", value: 0.9, note: /momentum=1,5 is not a number; using the default 0.9/},
  {search: "?batchSize=33", name: "batchSize", value: 32, note: /batchSize=33 is not a multiple of 8; using 32/},
  {search: "?seed=-1", name: "seed", value: 0, note: /seed=-1 is below the minimum 0; using 0/},
  {search: "?seed=12345678901", name: "seed", value: 999999, note: /above the maximum 999999/},
  {search: "?backend=gpu", name: "backend", value: "auto", note: /backend=gpu is not one of auto, cpu, wasm, webgl, webgpu; using the default auto/},
  {search: "?Depth=56", name: "depth", value: 56, note: /Depth is not a setting \(names are case-sensitive\); read as depth/},
  {search: "?width=%F0%9F%92%A5", name: "width", value: 8, note: /width=💥 is not a number; using the default 8/},
  {search: "?width=%00", name: "width", value: 8, note: /width=\uFFFD is not a number/},
  {search: "?width=--4", name: "width", value: 8, note: /is not a number/},
  {search: "?units=" + "9".repeat(400), name: "units", value: 50, note: /^units=9{32}… is above the maximum 50; using 50$/}
];
