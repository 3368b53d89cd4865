/**
 * The optional PyTorch comparison: runs `torchReference.py` (the same model in PyTorch on the CPU) with the
 * system's python3. Never part of `npm test`; when python3 or torch is missing it says so and returns null.
 * PyTorch is not a project dependency (on Debian: `apt-get install python3-torch`).
 */
import {spawn, spawnSync} from "node:child_process";
import {createServer} from "node:http";
import {createInterface} from "node:readline";
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

/** A PyTorch process that trains one step on request, and a local URL that serves those steps. */
export interface TorchSteps {
  /** `GET {url}?model=plain-20&threads=1` → `{"ms": …}`: one timed PyTorch step (CORS and CORP allow any page). */
  url: string;
  close(): Promise<void>;
}

/**
 * Starts `torchReference.py --serve` and an HTTP endpoint in front of it, so a benchmark — in Node or in a browser
 * worker — can interleave PyTorch's steps with its own: both then see the same machine load. Requests are answered
 * one at a time, in order. Null (with a message) when PyTorch is missing.
 */
export async function serveTorchSteps(): Promise<TorchSteps | null> {
  const python = findTorchPython();
  if (!python) {
    console.error('bench: PyTorch comparison skipped: `python3 -c "import torch"` failed (on Debian: apt-get install python3-torch)');
    return null;
  }
  const child = spawn(python, [SCRIPT, "--serve"], {stdio: ["pipe", "pipe", "inherit"]});
  const answers = createInterface({input: child.stdout!});
  const waiting: ((line: string) => void)[] = [];
  answers.on("line", (line) => waiting.shift()?.(line));
  let queue: Promise<unknown> = Promise.resolve();
  const step = (model: string, threads: number) =>
    (queue = queue.then(
      () =>
        new Promise<string>((resolve) => {
          waiting.push(resolve);
          child.stdin!.write(`${model} ${threads}\n`);
        })
    )) as Promise<string>;
  const server = createServer(async (request, response) => {
    const query = new URL(request.url ?? "/", "http://localhost").searchParams;
    const model = query.get("model") ?? "";
    const threads = Number(query.get("threads") ?? 1);
    const headers = {"Content-Type": "application/json", "Access-Control-Allow-Origin": "*", "Cross-Origin-Resource-Policy": "cross-origin"};
    if (!/^(plain|residual)-\d+$/.test(model) || !(threads >= 1)) return void response.writeHead(400, headers).end("{}");
    response.writeHead(200, headers).end(await step(model, threads));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/torch-step`,
    close: async () => {
      child.stdin!.end();
      await new Promise<void>((done) => server.close(() => done()));
    }
  };
}
