/**
 * Number formats shared by the architecture tables and diagrams (pure; no locale surprises: digits are
 * grouped with commas, exponents written with superscripts).
 */

const SUPERSCRIPTS: Record<string, string> = {"0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻"};

/** 11689512 → "11,689,512". */
export function formatInteger(value: number): string {
  return Math.round(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** 1.8e9 → "1.8×10⁹" with `digits` decimals (the exponent is fixed at `exponent`, default 9). */
export function formatTimesTen(value: number, digits = 2, exponent = 9): string {
  const mantissa = (value / 10 ** exponent).toFixed(digits);
  const power = String(exponent).split("").map((c) => SUPERSCRIPTS[c]).join("");
  return `${mantissa}×10${power}`;
}

/** 269722 → "0.27M", 19421274 → "19.4M": Table 6's style (two significant digits under 10M, one decimal above). */
export function formatMillions(value: number): string {
  const millions = value / 1e6;
  return `${millions < 1 ? millions.toFixed(2) : millions.toFixed(1)}M`;
}

/** A signed difference: +174,304 / −174,304 / 0. */
export function formatSignedInteger(value: number): string {
  if (value === 0) return "0";
  return `${value > 0 ? "+" : "−"}${formatInteger(Math.abs(value))}`;
}
