/**
 * The command line of `npm run bench` (scripts/bench.ts): its usage text and a parser that refuses what it does not
 * know. Pure, so a unit test can drive it.
 */
import {MODELS, VARIANTS, type ModelName, type SuiteOptions, type Variant} from "./suite.ts";

export const BENCH_USAGE = `usage: npm run bench [-- options]

  --quick                 a short run (fewer models, steps and repetitions)
  --json                  one JSON object on stdout instead of tables
  --node-only | --browser-only | --site-only
  --no-torch --no-kernels --no-engine --no-site --no-memory
                          leave out PyTorch, the kernel GFLOP/s, the engine's loop, the built site, the memory table
  --site-root DIR         measure another build (default dist)
  --demos LIST            bench-page queries, e.g. circles,mnist (default data=circles,data=mnist)
  --twins --full --profile
  --variants LIST         of ${VARIANTS.join(",")}
  --models LIST           of ${MODELS.join(",")}
  --steps N --reps N      timed steps and kernel repetitions
  --help, -h              this text`;

/** Flags that take a value, and flags that do not. */
const VALUE_FLAGS = ["--site-root", "--demos", "--variants", "--models", "--steps", "--reps"];
const SWITCHES = ["--quick", "--json", "--node-only", "--browser-only", "--site-only", "--no-torch", "--no-kernels", "--no-engine", "--no-site", "--no-memory", "--twins", "--full", "--profile"];

export interface BenchArgs {
  json: boolean;
  node: boolean;
  browser: boolean;
  torch: boolean;
  site: boolean;
  demos: string[];
  memory: boolean;
  quick: boolean;
  siteRoot: string;
  suite: SuiteOptions;
}

function listArg<T extends string>(args: string[], name: string, allowed: readonly T[], fallback: T[]): T[] {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const values = (args[at + 1] ?? "").split(",").filter(Boolean);
  const unknown = values.filter((v) => !allowed.includes(v as T));
  if (unknown.length > 0) throw new Error(`${name}: unknown ${unknown.join(", ")} (choose from ${allowed.join(", ")})`);
  return values as T[];
}

function numberArg(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  const value = at < 0 ? fallback : Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

/**
 * The flags, or "help" for --help / -h. Throws on a flag it does not know, or a value-taking flag without its value
 * (`npm run bench -- --help` used to run the whole bench).
 */
export function parseBenchArgs(args: string[]): BenchArgs | "help" {
  if (args.includes("--help") || args.includes("-h")) return "help";
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    if (VALUE_FLAGS.includes(flag)) {
      if (args[i + 1] === undefined || args[i + 1].startsWith("--")) throw new Error(`${flag} needs a value`);
      i++;
    } else if (!SWITCHES.includes(flag)) throw new Error(`unknown option ${flag}`);
  }
  const quick = args.includes("--quick");
  const only = ["--node-only", "--browser-only", "--site-only"].find((flag) => args.includes(flag));
  const demosAt = args.indexOf("--demos");
  return {
    json: args.includes("--json"),
    node: !only || only === "--node-only",
    browser: !only || only === "--browser-only",
    site: (!only || only === "--site-only") && !args.includes("--no-site"),
    demos: demosAt < 0 ? ["data=circles", "data=mnist"] : (args[demosAt + 1] ?? "").split(",").filter(Boolean).map((d) => (d.includes("=") ? d : `data=${d}`)),
    torch: !args.includes("--no-torch") && only !== "--site-only",
    memory: !args.includes("--no-memory") && (!only || only === "--node-only"),
    quick,
    siteRoot: args.includes("--site-root") ? args[args.indexOf("--site-root") + 1] : "dist",
    suite: {
      variants: listArg<Variant>(args, "--variants", VARIANTS, [...VARIANTS]),
      models: listArg<ModelName>(args, "--models", MODELS, quick ? ["plain-20"] : [...MODELS]),
      kernelReps: numberArg(args, "--reps", quick ? 5 : 15),
      trainSteps: numberArg(args, "--steps", quick ? 5 : 12),
      full: args.includes("--full"),
      skipKernels: args.includes("--no-kernels"),
      skipEngine: args.includes("--no-engine"),
      twins: args.includes("--twins"),
      profile: args.includes("--profile")
    }
  };
}

