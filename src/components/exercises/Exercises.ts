/**
 * A page's exercises: each a question tied to the page's lab, a "Set it up" link that puts the lab into the exercise's
 * settings (a lesson link through the page's URL parameters), and the answer folded in a `<details>` — computed from the
 * reference runs (answers.ts), or the note that they did not load.
 *
 *   display(Exercises(exercisesFor("degradation", files)));
 */
import {el} from "../dom.js";
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {EXERCISE_TEXT} from "./text.js";

/** One exercise, ready to show. */
export interface Exercise {
  /** The question, as the reader sees it. */
  prompt: string;
  /** The lesson link that sets the lab up for it (a query of the page's parameters, e.g. "?deep=32"), or "" for the defaults. */
  setup: string;
  /** The answer, or null when the reference runs it is computed from are missing. */
  answer: string | null;
}

/** The exercises as a numbered list. `path` is the page the links go to (default: this page). */
export function Exercises(exercises: readonly Exercise[], {path = "", locale = pageLocale()}: {path?: string; locale?: Locale} = {}): HTMLElement {
  const text = localized(EXERCISE_TEXT, locale);
  return el(
    "ol",
    {class: "rx-exercises"},
    exercises.map((exercise) =>
      el("li", {class: "rx-exercise"}, [
        el("p", {}, [exercise.prompt, " ", el("a", {class: "rx-exercise__setup", href: `${path || location.pathname}${exercise.setup}`}, [text.setUp])]),
        el("details", {class: "rx-exercise__answer"}, [el("summary", {}, [text.answer]), el("p", {}, [exercise.answer ?? text.missing])])
      ])
    )
  );
}
