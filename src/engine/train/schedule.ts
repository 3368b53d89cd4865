/** The learning rate at each step: warm-up, then a constant, step or cosine schedule (see `LrSchedule`). */
import type {TrainConfig} from "./config.js";

/** Learning rate used by optimizer step `step` (0-based) of a run of `config.steps` steps. */
export function learningRateAt(config: Pick<TrainConfig, "lr" | "steps" | "schedule" | "warmup">, step: number): number {
  const {lr, steps, schedule, warmup} = config;
  if (warmup && step < warmup.steps) return warmup.lr;
  const progress = steps > 1 ? step / (steps - 1) : 1;
  switch (schedule.kind) {
    case "constant":
      return lr;
    case "step":
      return lr * schedule.gamma ** schedule.milestones.filter((milestone) => progress >= milestone).length;
    case "cosine": {
      const minLr = schedule.minLr ?? 0;
      return minLr + ((lr - minLr) * (1 + Math.cos(Math.PI * progress))) / 2;
    }
  }
}
