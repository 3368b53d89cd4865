/**
 * A tiny reverse-mode automatic differentiation over matrices of float64 numbers (rows = examples), in the spirit
 * of micrograd: each operation records how to send its output's gradient back to its inputs. It exists to be
 * read and to serve as a test oracle for the TF.js models — no TF.js here, no speed ambitions.
 */

/** A matrix `[rows][cols]` with its gradient (same shape), filled by `backward`. */
export interface Node {
  value: number[][];
  grad: number[][];
}

const zeros = (rows: number, cols: number) => Array.from({length: rows}, () => new Array<number>(cols).fill(0));

/** Records operations in order; `backward` replays them in reverse. */
export class Tape {
  private readonly steps: Array<() => void> = [];

  /** A leaf (input, weight or probe). */
  leaf(value: number[][]): Node {
    return {value, grad: zeros(value.length, value[0].length)};
  }

  /** x·W + b: `x` `[B, in]`, `w` `[in, out]`, `b` `[1, out]` or null. */
  dense(x: Node, w: Node, b: Node | null): Node {
    const out = this.node(x.value.map((row) => w.value[0].map((_, j) => row.reduce((s, v, i) => s + v * w.value[i][j], b ? b.value[0][j] : 0))));
    this.steps.push(() => {
      out.grad.forEach((g, r) =>
        g.forEach((d, j) => {
          x.value[r].forEach((v, i) => {
            x.grad[r][i] += d * w.value[i][j];
            w.grad[i][j] += d * v;
          });
          if (b) b.grad[0][j] += d;
        })
      );
    });
    return out;
  }

  /** max(x, 0), elementwise. */
  relu(x: Node): Node {
    const out = this.node(x.value.map((row) => row.map((v) => Math.max(v, 0))));
    this.steps.push(() => out.grad.forEach((g, r) => g.forEach((d, j) => (x.grad[r][j] += x.value[r][j] > 0 ? d : 0))));
    return out;
  }

  /** a + b, elementwise. */
  add(a: Node, b: Node): Node {
    const out = this.node(a.value.map((row, r) => row.map((v, j) => v + b.value[r][j])));
    this.steps.push(() =>
      out.grad.forEach((g, r) =>
        g.forEach((d, j) => {
          a.grad[r][j] += d;
          b.grad[r][j] += d;
        })
      )
    );
    return out;
  }

  /** BatchNorm with batch statistics (biased variance) over the rows; γ, β `[1, cols]`. Backward through μ and σ² by the chain rule, op by op. */
  batchNorm(x: Node, scale: Node, shift: Node, epsilon: number): Node {
    const n = x.value.length;
    const cols = x.value[0].length;
    const mean = Array.from({length: cols}, (_, j) => x.value.reduce((s, row) => s + row[j], 0) / n);
    const variance = Array.from({length: cols}, (_, j) => x.value.reduce((s, row) => s + (row[j] - mean[j]) ** 2, 0) / n);
    const std = variance.map((v) => Math.sqrt(v + epsilon));
    const xHat = x.value.map((row) => row.map((v, j) => (v - mean[j]) / std[j]));
    const out = this.node(xHat.map((row) => row.map((v, j) => v * scale.value[0][j] + shift.value[0][j])));
    this.steps.push(() => {
      for (let j = 0; j < cols; j++) {
        const dxHat = out.grad.map((g) => g[j] * scale.value[0][j]);
        const dVar = dxHat.reduce((s, d, r) => s + d * (x.value[r][j] - mean[j]), 0) * -0.5 * std[j] ** -3;
        const dMean = dxHat.reduce((s, d) => s - d / std[j], 0) + (dVar * x.value.reduce((s, row) => s - 2 * (row[j] - mean[j]), 0)) / n;
        out.grad.forEach((g, r) => {
          x.grad[r][j] += dxHat[r] / std[j] + (dVar * 2 * (x.value[r][j] - mean[j])) / n + dMean / n;
          scale.grad[0][j] += g[j] * xHat[r][j];
          shift.grad[0][j] += g[j];
        });
      }
    });
    return out;
  }

  /** Mean softmax cross-entropy of `logits` `[B, classes]` against integer labels; returns the loss. */
  crossEntropy(logits: Node, labels: ArrayLike<number>): number {
    const n = logits.value.length;
    const probabilities = logits.value.map((row) => {
      const max = Math.max(...row);
      const exps = row.map((v) => Math.exp(v - max));
      const sum = exps.reduce((a, b) => a + b, 0);
      return exps.map((e) => e / sum);
    });
    const loss = -probabilities.reduce((s, p, r) => s + Math.log(p[labels[r]]), 0) / n;
    this.steps.push(() => probabilities.forEach((p, r) => p.forEach((v, k) => (logits.grad[r][k] += (v - (k === labels[r] ? 1 : 0)) / n))));
    return loss;
  }

  /** Back-propagates from the last recorded operation (the loss) to every node. */
  backward(): void {
    for (let i = this.steps.length - 1; i >= 0; i--) this.steps[i]();
  }

  private node(value: number[][]): Node {
    return {value, grad: zeros(value.length, value[0].length)};
  }
}
