/**
 * Links the parts of a diagram to the terms of a formula inside one container (a "scope"). Diagram parts
 * carry `data-term="residual"`; formula terms are wrapped at build time with `\htmlClass{term-residual}{…}`.
 * Hovering or focusing either side marks every element of that term in the scope with `is-term-active`
 * (and the scope with `data-active-term`), so CSS lights both up. Works for parts added later (events are
 * delegated to the scope). Formula terms become focusable, so the keyboard reaches them too.
 */

const TERM_CLASS = /(?:^|\s)term-([a-z-]+)(?:\s|$)/;

/** The term an element (or its nearest tagged ancestor inside the scope) belongs to, or null. */
export function termOf(target: EventTarget | null, scope: Element): string | null {
  let node = target instanceof Element && scope.contains(target) ? target : null;
  while (node && node !== scope) {
    const data = node.getAttribute("data-term");
    if (data) return data;
    const match = TERM_CLASS.exec(node.getAttribute("class") ?? "");
    if (match) return match[1];
    node = node.parentElement;
  }
  return null;
}

/** Marks every element of `term` in the scope active (and clears the others); null clears all. */
export function activateTerm(scope: HTMLElement, term: string | null): void {
  for (const element of scope.querySelectorAll(".is-term-active")) element.classList.remove("is-term-active");
  if (term) {
    for (const element of scope.querySelectorAll(`[data-term="${term}"], .term-${term}`)) element.classList.add("is-term-active");
    scope.dataset.activeTerm = term;
  } else {
    delete scope.dataset.activeTerm;
  }
}

/** Makes the formula terms in the scope focusable, labelled by their own text. */
function makeTermsFocusable(scope: HTMLElement): void {
  for (const element of scope.querySelectorAll<HTMLElement>(".katex [class*='term-']")) {
    element.tabIndex = 0;
    element.classList.add("formula-term");
  }
}

/** Wires hover and focus linking inside `scope`; returns the scope (so a page can write `linkTerms(el)`). */
export function linkTerms<S extends HTMLElement>(scope: S): S {
  makeTermsFocusable(scope);
  scope.classList.add("term-scope");
  scope.addEventListener("pointerover", (event) => activateTerm(scope, termOf(event.target, scope)));
  scope.addEventListener("pointerleave", () => activateTerm(scope, termOf(document.activeElement, scope)));
  scope.addEventListener("focusin", (event) => activateTerm(scope, termOf(event.target, scope)));
  scope.addEventListener("focusout", (event) => activateTerm(scope, termOf(event.relatedTarget, scope)));
  return scope;
}
