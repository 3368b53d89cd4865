/**
 * The optional PyTorch comparison: runs `torchReference.py` (the same model in PyTorch on the CPU) with the
 * system's python3. Never part of `npm test`; when python3 or torch is missing it says so and returns null.
 * PyTorch is not a project dependency (on Debian: `apt-get install python3-torch`).
 */
import {spawnSync} from "node:child_process";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

export interface TorchResult {
  torch: string;
  threads: number;
  models: {model: string; imagesPerSecond: number; stepMs: number; forwardMs: number; backwardMs: number; updateMs: number; finalLoss: number}[];
}

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), "torchReference.py");

/** Interpreters to try: $PYTHON, python3 on the PATH, then Debian's (where apt installs python3-torch). */
const PYTHONS = [process.env.PYTHON, "python3", "/usr/bin/python3"].filter((p): p is string => Boolean(p));

/** The first interpreter for which `python3 -c "import torch"` works, or null. */
export function findTorchPython(): string | null {
  return PYTHONS.find((python) => spawnSync(python, ["-c", "import torch"], {stdio: "ignore"}).status === 0) ?? null;
}

/** Measures `models` in PyTorch with `threads` threads, or returns null with a message on stderr. */
export function measureTorch(models: string[], {threads, steps}: {threads: number; steps: number}): TorchResult | null {
  const python = findTorchPython();
  if (!python) {
    console.error('bench: PyTorch comparison skipped: `python3 -c "import torch"` failed (on Debian: apt-get install python3-torch)');
    return null;
  }
  const run = spawnSync(python, [SCRIPT, String(threads), String(steps), ...models], {encoding: "utf8", maxBuffer: 1 << 20});
  if (run.status !== 0) {
    console.error(`bench: PyTorch comparison failed:\n${run.stderr}`);
    return null;
  }
  return JSON.parse(run.stdout) as TorchResult;
}
