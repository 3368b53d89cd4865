/**
 * Whether to reload a page so that the service worker's isolation headers apply (src/serviceWorker/): the decision,
 * pure, so every case is unit-tested. A page that is already isolated, one inside a frame (a frame can only be
 * isolated when the page around it is, and allows it), and one whose tab already reloaded once are never reloaded —
 * so the reload can never loop.
 */
import type {IsolationState} from "../session/backendText.js";

export interface IsolationFacts {
  /** `crossOriginIsolated` of the page. */
  isolated: boolean;
  /** The page is inside another page's frame. */
  inFrame: boolean;
  /** The site's service worker controls the page (its responses get the headers). */
  controlled: boolean;
  /** This tab has already reloaded once for isolation (remembered in session storage). */
  reloadedBefore: boolean;
  /** Session storage works, so the reload can be remembered (without it, no reload: it could loop). */
  canRemember: boolean;
}

/** What to do, and the state the page is in meanwhile: "reloading" means reload now. */
export function isolationStep(facts: IsolationFacts): IsolationState {
  if (facts.isolated) return "isolated";
  if (facts.inFrame) return "frame";
  if (!facts.controlled) return "pending";
  if (facts.reloadedBefore || !facts.canRemember) return "gave-up";
  return "reloading";
}
