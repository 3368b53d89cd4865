/**
 * Room a chart needs in presenter mode (../classroom/present.ts), where its text is 20 px instead of 12: the last
 * x tick label ("3,000") then reaches about 30 px past the plot's right edge, and the browser clips an `<svg>` at its
 * own box whatever its `overflow`. Charts add this to their right margin; they are redrawn on entering and leaving
 * presenter mode, since the page's width changes with it.
 */
export function presenterMarginRight(): number {
  return isPresenterMode() ? 24 : 0;
}

/** Room for 20 px y tick labels ("−0.5", "−500") left of the axis, in presenter mode. */
export function presenterMarginLeft(): number {
  return isPresenterMode() ? 20 : 0;
}

/**
 * Plot options for a chart whose y axis's label sits above the plot: in presenter mode a taller top margin, which
 * the label (moved up in src/style.css) needs to clear the top tick label at 20 px; else nothing (Plot's default).
 */
export function presenterTop(): {marginTop?: number} {
  return isPresenterMode() ? {marginTop: 40} : {};
}

/** True while the page is in presenter mode (charts drawn now are shown with 20 px text). */
export function isPresenterMode(): boolean {
  return typeof document !== "undefined" && document.documentElement.classList.contains("rx-present");
}
