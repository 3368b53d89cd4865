/**
 * Registers TF.js's gradient functions. `@tensorflow/tfjs-core` ships the ops and the gradient registry, but the
 * gradients themselves live in `@tensorflow/tfjs-core/dist/register_all_gradients`, which only the umbrella package
 * imports — and the engine uses core + backends, never the umbrella.
 *
 * In a bundle (the training worker, built by esbuild) the module is imported as is. In Node that file is ES-module
 * source with extensionless relative imports ("./kernel_registry"), which Node refuses; a tiny resolve hook (added
 * with `module.register`, scoped to tfjs-core's `dist/` folder) appends ".js". The gradients then register into
 * TF.js's global registry, which every copy of tfjs-core shares.
 */

/** Resolve hook (an ES module's source): extensionless relative imports inside tfjs-core's dist/ get ".js". */
const TFJS_CORE_RESOLVE_HOOK = `
export async function resolve(specifier, context, next) {
  const parent = context.parentURL ?? "";
  if (parent.includes("/@tensorflow/tfjs-core/dist/") && specifier.startsWith(".") && !specifier.endsWith(".js")) {
    try { return await next(specifier + ".js", context); } catch {}
  }
  return next(specifier, context);
}`;

let registering: Promise<void> | null = null;

function isNode(): boolean {
  return typeof process !== "undefined" && typeof process.versions?.node === "string" && typeof window === "undefined"
    && typeof (globalThis as {WorkerGlobalScope?: unknown}).WorkerGlobalScope === "undefined";
}

async function registerInNode(): Promise<void> {
  // Non-literal specifiers keep bundlers from following these Node-only imports.
  const moduleSpecifier = "node:module";
  const {register} = (await import(/* @vite-ignore */ moduleSpecifier)) as typeof import("node:module");
  register("data:text/javascript," + encodeURIComponent(TFJS_CORE_RESOLVE_HOOK));
  const gradients = "@tensorflow/tfjs-core/dist/register_all_gradients.js";
  await import(/* @vite-ignore */ gradients);
}

/** Makes every TF.js op differentiable (idempotent; call before the first `tf.grads`). */
export function ensureGradients(): Promise<void> {
  registering ??= isNode() ? registerInNode() : import("@tensorflow/tfjs-core/dist/register_all_gradients").then(() => undefined);
  return registering;
}
