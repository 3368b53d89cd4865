/** The few lines of DOM building every component shares (no framework needed). */

/** Attributes of {@link el}: strings set as attributes, `false`/`undefined` skipped, `true` as empty. */
export type Attributes = Record<string, string | number | boolean | undefined>;

/** A child of {@link el}: a node, or a string (a text node, never markup); `null`, `undefined` and `false` are skipped. */
export type Child = Node | string | null | undefined | false;

/** Creates an HTML element with attributes and children. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, children: readonly Child[] = []): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

let nextId = 0;

/** A page-unique element id with a readable prefix, e.g. "rx-depth-3". */
export function uniqueId(prefix: string): string {
  nextId += 1;
  return `rx-${prefix.replace(/[^a-zA-Z0-9_-]/g, "")}-${nextId}`;
}

/** Fires an `input` event that bubbles, as a native input does when the reader changes it. */
export function fireInput(target: EventTarget): void {
  target.dispatchEvent(new Event("input", {bubbles: true}));
}
