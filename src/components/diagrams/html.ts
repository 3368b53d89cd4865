/** A tiny element builder for the HTML tables (no framework, no globals). */

type Child = Node | string | null | undefined | false;

/** Creates `<tag>` with attributes and children; `null`/`false` children are skipped. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

/**
 * A table in a figure that scrolls sideways inside its own box on narrow screens; `data` (the rows, for CSV
 * export) is attached to the figure. Title and caption come from the export wrapper (./exported.ts).
 */
export function tableFigure<R>(table: HTMLTableElement, data: R[]): HTMLElement & {data: R[]} {
  const figure = el("figure", {class: "arch-figure arch-table"}, el("div", {class: "table-scroll"}, table));
  return Object.assign(figure, {data});
}
