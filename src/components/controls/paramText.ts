/**
 * A parameter's words in a language: its label, description, unit and choice labels, from ./text.ts
 * (PARAMETER_TEXT). The controls, the lesson dialog and anything else that names a parameter to a reader read
 * them here, never from the declaration (whose fields are the English, for docs/url-parameters.md). Pure: no DOM.
 *
 *   paramText(DEPTH, "zh").label             // "深度"
 *   paramText(DATASET).choiceLabel("spirals") // "Two spirals" on an English page, "两条螺旋" on a Chinese one
 */
import {pageLocale, type Locale} from "../../i18n/locale.js";
import * as DECLARED from "./parameters.js";
import {choiceLabel, type Param} from "./paramTypes.js";
import {PARAMETER_TEXT, type ParamId, type ParamText} from "./text.js";

/** The declaration's name of each declared parameter object. */
const ID_OF = new Map<unknown, ParamId>(
  (Object.keys(PARAMETER_TEXT.en) as ParamId[]).map((id) => [DECLARED[id], id])
);

/** A parameter's words in one language. */
export interface LocalizedParam {
  label: string;
  description: string;
  /** The unit shown after the value ("layers", "层"), or "" without one. */
  unit: string;
  /** A choice's label (the raw value where there is none). */
  choiceLabel(choice: string): string;
}

/** The words of `param` in `locale` (default: the page's language). A parameter not declared in ./parameters.ts keeps its own (English) words. */
export function paramText(param: Param, locale: Locale = pageLocale()): LocalizedParam {
  const id = ID_OF.get(param);
  const text: ParamText | undefined = id === undefined ? undefined : PARAMETER_TEXT[locale][id];
  if (locale === "en" || !text) {
    return {
      label: param.label,
      description: param.description,
      unit: ("unit" in param && param.unit) || "",
      choiceLabel: (choice) => (param.type === "choice" ? choiceLabel(param, choice) : choice)
    };
  }
  const labels = text.choiceLabels;
  return {
    label: text.label,
    description: text.description,
    unit: text.unit ?? "",
    choiceLabel: (choice) => (labels && Object.hasOwn(labels, choice) ? labels[choice] : choice)
  };
}
