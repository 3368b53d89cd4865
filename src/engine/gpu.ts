/**
 * Which GPU, if any, a backend would run on — and whether it is a real one. WebGL and WebGPU both exist in browsers
 * without a GPU, drawn in software (SwiftShader, llvmpipe): far slower than WebAssembly for training, so the
 * automatic choice never takes them (./backend.ts). DOM-free: works in a worker; null in Node.
 */

/** Names of software renderers and adapters. */
export const SOFTWARE_GPU = /swiftshader|llvmpipe|softpipe|software|basic render|microsoft basic/i;

/** A GPU as a backend sees it. */
export interface GpuInfo {
  /** The renderer string (WebGL) or the adapter's vendor and architecture (WebGPU). */
  renderer: string;
  /** False for a software renderer or WebGPU's fallback adapter. */
  isReal: boolean;
}

/** The WebGL renderer, and whether it is a real GPU; null when there is no WebGL (Node, or no OffscreenCanvas). */
export function detectGpu(): GpuInfo | null {
  if (typeof OffscreenCanvas === "undefined") return null;
  const canvas = new OffscreenCanvas(1, 1);
  const gl = (canvas.getContext("webgl2") ?? canvas.getContext("webgl")) as WebGLRenderingContext | null;
  if (!gl) return null;
  const info = gl.getExtension("WEBGL_debug_renderer_info");
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
  gl.getExtension("WEBGL_lose_context")?.loseContext();
  return {renderer, isReal: !SOFTWARE_GPU.test(renderer)};
}

/** What `navigator.gpu.requestAdapter()` resolves with, as far as this module reads it. */
interface Adapter {
  isFallbackAdapter?: boolean;
  info?: {vendor?: string; architecture?: string; device?: string; description?: string};
}

/** The WebGPU adapter's name and whether it is a real GPU, from what the adapter says of itself. */
export function describeAdapter(adapter: Adapter): GpuInfo {
  const {vendor = "", architecture = "", device = "", description = ""} = adapter.info ?? {};
  const renderer = [vendor, architecture, device, description].filter(Boolean).join(" ") || "an unnamed adapter";
  return {renderer, isReal: !adapter.isFallbackAdapter && !SOFTWARE_GPU.test(renderer)};
}

/** The WebGPU adapter, and whether it is a real GPU; null when there is no WebGPU (Node, most browsers without a flag). */
export async function detectWebGpu(): Promise<GpuInfo | null> {
  const gpu = (globalThis.navigator as {gpu?: {requestAdapter(): Promise<Adapter | null>}} | undefined)?.gpu;
  if (!gpu) return null;
  const adapter = await gpu.requestAdapter().catch(() => null);
  return adapter ? describeAdapter(adapter) : null;
}
