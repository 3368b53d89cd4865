/**
 * The WebGPU backend (issue 17) in headless Chromium with WebGPU turned on, where it runs on SwiftShader, a software
 * adapter: asked for by name, it passes the gradient check and trains a small conv net to the loss wasm reaches from
 * the same seed (correctness only: software WebGPU is slow, and its speed says nothing of a real GPU's); the
 * automatic choice never takes it, and says why.
 */
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, inject, it} from "vitest";
import {launchBrowser, recordPage} from "./browser.ts";

/** In the page: one small conv run on `backend`, resolved with the backend report and the run's losses. */
function trainConv(page: Page, backend: string, id: string): Promise<{backend: string; reason: string; losses: number[]; status: string; errors: string[]}> {
  return page.evaluate(
    ({backend, id}) =>
      new Promise((resolve) => {
        const {client, cifarSpec, mnistUrl} = (window as any).__workerTest;
        const seen: any[] = [];
        const stop = client.subscribe((message: any) => {
          seen.push(message);
          if (message.type === "done" && message.id === id) {
            stop();
            const report = seen.find((m) => m.type === "backend")?.report;
            resolve({
              backend: report?.backend ?? "",
              reason: report?.reason ?? "",
              losses: seen.filter((m) => (m.type === "progress" || m.type === "done") && m.id === id && m.snapshot).map((m) => m.snapshot.loss),
              status: message.status,
              errors: seen.filter((m) => m.type === "error").map((m) => m.message)
            });
          }
        });
        const spec = cifarSpec({n: 1, widths: [4, 8, 8], input: {height: 14, width: 14, channels: 1}, classes: 10});
        client.start([{id, spec, data: {kind: "mnist", url: mnistUrl}, config: {steps: 6, batchSize: 16, snapshotEvery: 1, evalSize: 50, seed: 3, lr: 0.05}}], {replace: true, backend});
      }),
    {backend, id}
  );
}

describe("the WebGPU backend", () => {
  let browser: Browser;
  const baseUrl = inject("baseUrl");

  beforeAll(async () => {
    browser = await launchBrowser({extraArgs: ["--enable-unsafe-webgpu"]});
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("asked for by name, trains a small conv net to wasm's losses from the same seed; auto does not choose it", async () => {
    const page = await browser.newPage();
    const log = recordPage(page, baseUrl);
    await page.goto(`${baseUrl}/_test/worker`, {waitUntil: "networkidle"});
    const hasAdapter = await page.evaluate(async () => Boolean(await (navigator as any).gpu?.requestAdapter()));
    expect(hasAdapter, "headless Chromium with --enable-unsafe-webgpu offers a WebGPU adapter").toBe(true);

    const gpu = await trainConv(page, "webgpu", "gpu");
    expect(gpu.errors).toEqual([]);
    expect([gpu.backend, gpu.status]).toEqual(["webgpu", "done"]);
    expect(gpu.reason).toMatch(/^webgpu \(WebGPU on .*swiftshader.*\), as requested/);

    const wasm = await trainConv(page, "wasm", "wasm");
    expect([wasm.backend, wasm.status]).toEqual(["wasm", "done"]);
    expect(gpu.losses.length).toBe(wasm.losses.length);
    expect(gpu.losses.length).toBeGreaterThanOrEqual(6);
    const worst = Math.max(...gpu.losses.map((loss, i) => Math.abs(loss - wasm.losses[i])));
    console.log(`webgpu (software) vs wasm over ${gpu.losses.length} snapshots: losses ${gpu.losses.map((l) => l.toFixed(4)).join(", ")}; largest difference ${worst.toExponential(1)}`);
    gpu.losses.forEach((loss, i) => expect(Math.abs(loss - wasm.losses[i]), `step ${i}: webgpu ${loss}, wasm ${wasm.losses[i]}`).toBeLessThan(2e-3 * Math.max(1, wasm.losses[i])));

    const auto = await trainConv(page, "auto", "auto");
    expect(auto.backend).toBe("wasm");
    expect(auto.reason).toMatch(/not webgpu: WebGPU runs on a software adapter \(.*swiftshader.*\)/);
    expect(log.pageErrors).toEqual([]);
    expect(log.offOriginRequests).toEqual([]);
    await page.close();
  });
});
