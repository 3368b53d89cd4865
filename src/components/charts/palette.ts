/**
 * The site's colours and line styles for training charts, so that "plain" and "residual" look the same on every
 * page and in every export. Colours are fixed hex values (not CSS variables) so an exported file keeps them; both
 * were chosen to read on the light (air) and the dark (near-midnight) theme, and to stay apart for readers with
 * red–green colour blindness (orange vs blue).
 */

/** Line and dot colour of plain nets (no shortcuts). */
export const PLAIN_COLOR = "#e0620d";
/** Line and dot colour of residual nets (with shortcuts). */
export const RESIDUAL_COLOR = "#2f80c8";
/** Colour of warnings drawn inside charts ("diverged"). */
export const WARNING_COLOR = "#d6336c";

/** The colour of a net: orange for plain, blue for residual. */
export function netColor(isResidual: boolean): string {
  return isResidual ? RESIDUAL_COLOR : PLAIN_COLOR;
}

/** The paper's convention (He et al. 2015, Figs. 1, 4, 6): thin lines for training error, bold for test error. */
export const LINE_WIDTH = {train: 1.2, test: 2.6} as const;

/** Reference runs (from data/, made by the experiment CLI): dashed and faded under the reader's live runs. */
export const REFERENCE_STYLE = {dasharray: "5,3", opacity: 0.5} as const;

/** The word a chart uses for a net's family. */
export function familyName(isResidual: boolean): "plain" | "residual" {
  return isResidual ? "residual" : "plain";
}

/**
 * Decision-boundary pictures: d3's diverging PRGn scheme (Plot's "PRGn") from class 0 (purple) through undecided
 * (white) to class 1 (green) — neither the plain orange nor the residual blue, which mark the nets' names and curves.
 */
export const BOUNDARY_SCHEME = "PRGn";
/** Dot colours of the two classes: the scheme's ends. */
export const CLASS_COLORS = ["#762a83", "#1b7837"] as const;
