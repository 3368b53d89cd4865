/**
 * Room a chart needs in presenter mode (../classroom/present.ts), where its text is 20 px instead of 12: the last
 * x tick label ("3,000") then reaches about 30 px past the plot's right edge, and the browser clips an `<svg>` at its
 * own box whatever its `overflow`. Charts add this to their right margin; they are redrawn on entering and leaving
 * presenter mode, since the page's width changes with it.
 */
export function presenterMarginRight(): number {
  return typeof document !== "undefined" && document.documentElement.classList.contains("rx-present") ? 24 : 0;
}
