/** Plain-text tables of benchmark results, for stdout. */
import type {DemoResult, PageLoad} from "./site.ts";
import type {MemoryResult} from "./memoryBench.ts";
import type {SuiteResult, Variant} from "./suite.ts";
import type {TorchResult} from "./torch.ts";
import {countNetwork} from "../../src/engine/arch/count.js";
import {mnistConvSpec} from "../../src/engine/spec.js";

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const fixed = (value: number | null | undefined, digits = 1) => (value === null || value === undefined || !Number.isFinite(value) ? "—" : value.toFixed(digits));

/** GFLOP/s per convolution product and variant, with the project's speed-up over TF.js's wasm kernels. */
export function kernelTable(result: SuiteResult): string {
  const variants = [...new Set(result.kernels.map((k) => k.variant))];
  const shapes = [...new Set(result.kernels.map((k) => k.shape))];
  const products = [
    ["forward", "forward"],
    ["backpropInput", "backprop input"],
    ["backpropFilter", "backprop filter"]
  ] as const;
  const hasRatio = variants.includes("wasm") && variants.includes("wasm-tfjs");
  const rows: string[][] = [];
  for (const shape of shapes) {
    for (const [key, label] of products) {
      const rate = (v: Variant) => result.kernels.find((k) => k.shape === shape && k.variant === v)?.rates[key] ?? NaN;
      const row = [shape, label, ...variants.map((v) => fixed(rate(v), 2))];
      if (hasRatio) row.push(`${fixed(rate("wasm") / rate("wasm-tfjs"), 1)}×`);
      rows.push(row);
    }
  }
  for (const m of result.matMul.filter((row) => row.variant === variants[0])) {
    rows.push([`tf.matMul ${m.shape}`, "", ...variants.map((v) => fixed(result.matMul.find((r) => r.variant === v)?.gflops, 2)), ...(hasRatio ? [""] : [])]);
  }
  const header = ["convolution (batch 64)", "product", ...variants.map((v) => `${v}`), ...(hasRatio ? ["wasm / wasm-tfjs"] : [])];
  const notes = ["wasm-tfjs's backprop filter is the project's plain TypeScript kernel (TF.js has none)"];
  if (variants.includes("wasm-fused-1t")) notes.push("wasm-fused-1t: the project's kernels on one thread");
  return `GFLOP/s (${notes.join("; ")})\n${table(header, rows)}`;
}

/** The faster of the PyTorch runs (1 or 2 threads) for `model`, in img/s; NaN when none was measured. */
function bestTorch(torch: TorchResult[], model: string): number {
  const rates = torch.map((run) => run.models.find((m) => m.model === model)?.imagesPerSecond ?? NaN).filter(Number.isFinite);
  return rates.length > 0 ? Math.max(...rates) : NaN;
}

/**
 * img/s and the step split per model and variant, and the ratio to PyTorch's faster run (1 or 2 threads) of
 * the same model when it was measured.
 */
export function trainingTable(result: SuiteResult, torch: TorchResult[]): string {
  const rows = result.training.map(({variant, model, result: r}) => {
    const reference = torch.length > 0 ? {imagesPerSecond: bestTorch(torch, model)} : undefined;
    return [
      model,
      variant,
      fixed(r.imagesPerSecond, 0),
      fixed(r.stepMs, 1),
      fixed(r.forwardMs, 1),
      fixed(r.backwardMs, 1),
      fixed(r.updateMs, 1),
      reference ? `${fixed(r.imagesPerSecond / reference.imagesPerSecond, 2)}×` : "—"
    ];
  });
  for (const run of torch) {
    for (const m of run.models) {
      const ratio = m.imagesPerSecond / bestTorch(torch, m.model);
      rows.push([m.model, `pytorch (${run.threads} thread${run.threads > 1 ? "s" : ""})`, fixed(m.imagesPerSecond, 0), fixed(m.stepMs, 1), fixed(m.forwardMs, 1), fixed(m.backwardMs, 1), fixed(m.updateMs, 1), `${fixed(ratio, 2)}×`]);
    }
  }
  return table(["model", "variant", "img/s", "ms/step", "forward", "backward", "update", "vs best PyTorch"], rows);
}

/** The kernels taking the most time in one profiled step, with their share of the profiled kernel time. */
export function profileTables(result: SuiteResult, top = 12): string {
  return result.profiles
    .map(({variant, model, kernels, stepMs}) => {
      const total = kernels.reduce((sum, k) => sum + k.ms, 0);
      const calls = kernels.reduce((sum, k) => sum + k.calls, 0);
      const rows = kernels.slice(0, top).map((k) => [k.kernel, String(k.calls), fixed(k.ms, 2), `${fixed((100 * k.ms) / total, 0)}%`]);
      const conv = kernels.filter((k) => k.kernel.startsWith("Conv2D") || k.kernel.startsWith("FusedConv2D")).reduce((sum, k) => sum + k.ms, 0);
      const outside = Math.max(0, stepMs - total);
      const whole = `the whole step unprofiled ${fixed(stepMs, 1)} ms: convolutions ${fixed((100 * conv) / stepMs, 0)}%, other kernels ${fixed((100 * (total - conv)) / stepMs, 0)}%, outside the kernels (dispatch, autodiff, JavaScript) ${fixed((100 * outside) / stepMs, 0)}%`;
      return `Kernels of one step, ${model} on ${variant}: ${calls} kernel calls, ${fixed(total, 1)} ms under tf.profile; ${whole}\n${table(["kernel", "calls", "ms", "share"], rows)}`;
    })
    .join("\n\n");
}

/**
 * The useful work of one training image of a reference conv net (`plain-20` … `residual-56`: widths 8/16/32 on
 * 14×14), in floating-point operations: 2 per multiply-add of its convolutions and its classifier, three times — the
 * forward pass, the gradient with respect to the input and the one with respect to the weights. BatchNorm, ReLU, the
 * shortcuts, the loss and the optimizer are not counted: they are the overhead the GFLOP/s of a whole step shows.
 */
export function trainingFlopsPerImage(model: string): number {
  const [family, depth] = model.split("-");
  return 6 * countNetwork(mnistConvSpec({depth: Number(depth), isResidual: family === "residual", preActivation: false})).multiplyAdds;
}

/** The fastest convolution product the kernel table measured for the project's kernels (any thread count), or null. */
export function kernelPeak(result: SuiteResult): {gflops: number; variant: string; shape: string} | null {
  let best: {gflops: number; variant: string; shape: string} | null = null;
  for (const row of result.kernels) {
    if (!row.variant.startsWith("wasm") || row.variant === "wasm-tfjs") continue;
    for (const rate of [row.rates.forward, row.rates.backpropInput, row.rates.backpropFilter]) {
      if (Number.isFinite(rate) && (!best || rate > best.gflops)) best = {gflops: rate, variant: row.variant, shape: row.shape};
    }
  }
  return best;
}

/**
 * The engine's training loop: img/s per family, model and variant, against the engine before it used the fused
 * ops (variant `wasm`, timed in the same interleaved run) and, for the conv nets (the reference model), against
 * PyTorch: its steps interleaved with the engine's when they were (rows `pytorch-1t`, `pytorch-2t`; the faster
 * of the two), else the runs bracketing the suite.
 */
export function engineTable(result: SuiteResult, torch: TorchResult[]): string {
  const find = (variant: string, family: string, model: string) =>
    result.engine.find((row) => row.variant === variant && row.result.family === family && row.result.model === model)?.result.imagesPerSecond ?? NaN;
  const interleaved = (model: string) => Math.max(find("pytorch-1t", "conv", model), find("pytorch-2t", "conv", model));
  const isInterleaved = result.engine.some((row) => row.variant.startsWith("pytorch"));
  const rows = result.engine.map(({variant, result: r}) => {
    const reference = r.family !== "conv" ? NaN : isInterleaved ? interleaved(r.model) : bestTorch(torch, r.model);
    const earlier = find("wasm", r.family, r.model);
    return [
      r.family === "conv" ? "conv, 14×14" : "MLP, circles",
      r.model,
      variant,
      fixed(r.imagesPerSecond, 0),
      fixed(r.stepMs, 1),
      Number.isFinite(earlier) && !variant.startsWith("pytorch") ? `${fixed(r.imagesPerSecond / earlier, 2)}×` : "—",
      Number.isFinite(reference) ? `${fixed(r.imagesPerSecond / reference, 2)}×` : "—",
      r.family === "conv" ? fixed((r.imagesPerSecond * trainingFlopsPerImage(r.model)) / 1e9, 1) : "—"
    ];
  });
  const peak = kernelPeak(result);
  const note = peak
    ? `GFLOP/s of a whole step: 6 × the multiply-adds of its convolutions and classifier per image (forward, both gradients) × img/s, beside the project's fastest convolution product in this run, ${fixed(peak.gflops, 1)} GFLOP/s (${peak.variant}, ${peak.shape})`
    : "GFLOP/s of a whole step: 6 × the multiply-adds of its convolutions and classifier per image (forward, both gradients) × img/s (the kernels were not measured in this run: no peak to compare with)";
  return `${note}\n${table(["family", "model", "variant", "img/s", "ms/step", "vs wasm (before)", `vs best PyTorch${isInterleaved ? " (interleaved)" : ""}`, "GFLOP/s (step)"], rows)}`;
}

const kib = (bytes: number) => (bytes === 0 ? "0" : (bytes / 1024).toFixed(0));

/** Per page: paint, h1 and math times, bytes by kind, when TF.js was requested, long tasks. */
export function pageTable(pages: PageLoad[]): string {
  const rows = pages.map((p) => [
    p.path,
    fixed(p.firstContentfulPaintMs, 0),
    fixed(p.h1Ms, 0),
    fixed(p.mathMs, 0),
    kib(p.bytes.pageJs),
    String(p.files.filter((f) => f.kind === "page-js").length),
    p.tfjsRequestedMs === null ? "never" : `${p.tfjsRequestedMs} ms (${kib(p.bytes.workerJs)} KiB + wasm ${kib(p.bytes.wasm)} KiB)`,
    p.tfjsInPage.length === 0 ? "no" : `YES: ${p.tfjsInPage.join(", ")}`,
    kib(p.bytes.other),
    `${p.longTasks.count} / ${p.longTasks.maxMs} ms`
  ]);
  return table(["page", "FCP", "h1", "math", "page JS KiB", "JS files", "TF.js (worker) requested", "TF.js in page JS", "other KiB", "long tasks / max"], rows);
}

/** Per demo run: total time, first snapshot, per-net losses, verdict, main-thread long tasks. */
export function demoTable(demos: DemoResult[]): string {
  const rows = demos.map((d) => [
    `${d.data}, ${d.workers} worker${d.workers > 1 ? "s" : ""}`,
    fixed(d.totalMs / 1000, 1),
    fixed(d.firstSnapshotMs / 1000, 1),
    d.runs.map((r) => `${r.id} ${fixed(r.loss, 3)}${r.status === "done" ? "" : ` (${r.status})`}`).join(", "),
    d.verdict ? (d.verdict.holds ? "holds" : "does not hold") : "—",
    `${d.longTasks.count} / ${fixed(d.longTasks.maxMs, 0)} ms`,
    d.longTasks.at.slice(0, 4).map(([at, ms]) => `${ms}@${at}`).join(" "),
    fixed(d.longestRedrawMs, 0),
    d.errors.length > 0 ? d.errors.join("; ") : ""
  ]);
  return `${table(["demo", "total s", "first snapshot s", "final training loss", "verdict", "long tasks / max", "first (ms@ms after start)", "longest redraw ms", "errors"], rows)}\nbackend: ${demos[0]?.backend ?? "—"}`;
}

/** Per lab: the session's predicted memory and the page's decision, then its largest run predicted and measured. */
export function memoryTable(results: readonly MemoryResult[]): string {
  const mb = (bytes: number | null) => (bytes === null ? "—" : (bytes / 1e6).toFixed(0));
  const rows = results.map((r) => [
    r.lab, r.query || "(defaults)", String(r.runs), mb(r.sessionBytes), r.decision, r.largest, mb(r.predictedBytes), mb(r.measuredBytes),
    r.measuredBytes === null ? "—" : `${fixed(r.predictedBytes / r.measuredBytes, 2)}`
  ]);
  const header = ["lab", "settings", "nets", "session predicted", "page", "largest net", "predicted", "measured", "predicted / measured"];
  return `${table(header, rows)}\n(page: ok starts at once, ask asks first (over 5 min), refuse stops above 1.5 GB; measured: TF.js's peak tensor bytes over a test evaluation and a training step; — : refused and not measured with --quick)`;
}
