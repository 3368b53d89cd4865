/**
 * The width a component lays itself out at. Framework's `width` (and `resize`) report the content width of the
 * page's <main>, which is 0 while the page has not been laid out yet (seen in fresh browser contexts under load);
 * a chart drawn at such a width would have negative sizes. Components therefore lay out at no less than
 * {@link MIN_LAYOUT_WIDTH} — the content width of a 320 px phone — and redraw when the real width arrives.
 */

/** Narrowest layout, px: a 320 px wide phone minus the page's margins. */
export const MIN_LAYOUT_WIDTH = 280;

/** `width` if it is a usable width, else the narrowest layout. */
export function layoutWidth(width: number): number {
  return Number.isFinite(width) && width >= MIN_LAYOUT_WIDTH ? width : MIN_LAYOUT_WIDTH;
}
