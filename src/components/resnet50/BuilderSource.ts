/**
 * The engine's builder shown on the page: each function of ./builderExcerpts.ts cut out of its source file
 * (passed in as text, read by the page with FileAttachment from the very file the worker is bundled from), with
 * its line numbers, the lines that make the correspondence with the Chinese explainer's TensorFlow code marked, and
 * each whole file one click away.
 */
import {localized, pageLocale, type Locale} from "../../i18n/locale.js";
import {el} from "../dom.js";
import {BUILDER_EXCERPTS, BUILDER_FILES, type BuilderExcerpt} from "./builderExcerpts.js";
import {plainText, withCode} from "./codeText.js";
import {extractFunction, matchingLines} from "./sourceExcerpt.js";
import {BUILDER_SOURCE_TEXT} from "./text.js";

/** The source files' text, by path under src/. */
export type BuilderSources = Record<(typeof BUILDER_FILES)[number], string>;

/** A numbered code listing; `marked` are 1-based line indices within `lines`. */
function listing(lines: readonly string[], firstLine: number, marked: ReadonlySet<number>, label: string): HTMLElement {
  const rows = lines.map((line, i) =>
    el("span", {class: marked.has(i + 1) ? "rx-code__line rx-code__line--marked" : "rx-code__line"}, [
      el("span", {class: "rx-code__number", "aria-hidden": "true"}, [String(firstLine + i)]),
      line + "\n"
    ])
  );
  return el("pre", {class: "rx-code", tabindex: 0, "aria-label": label}, [el("code", {}, rows)]);
}

function excerptView(excerpt: BuilderExcerpt, source: string, locale: Locale): HTMLElement {
  const text = localized(BUILDER_SOURCE_TEXT, locale);
  const {counterpart, role} = text.excerpts[excerpt.name];
  const cut = extractFunction(source, excerpt.name);
  const marked = new Set(matchingLines(cut, excerpt.marks));
  const where = text.where(excerpt.file, cut.startLine, cut.endLine);
  return el("section", {class: "rx-code-excerpt", "data-function": excerpt.name}, [
    el("h4", {}, [el("code", {}, [excerpt.name]), ...withCode(` ↔ ${counterpart}`)]),
    el("p", {class: "rx-code-excerpt__role"}, [...withCode(text.roleSentence(role)), el("span", {class: "rx-code-excerpt__where"}, withCode(where))]),
    listing(cut.lines, cut.startLine, marked, plainText(text.listingLabel(excerpt.name, where)))
  ]);
}

/** The excerpts, then each whole file in a closed `<details>`; the words in `locale` (default: the page's language). */
export function BuilderSource(sources: BuilderSources, {locale = pageLocale()}: {locale?: Locale} = {}): HTMLElement {
  const text = localized(BUILDER_SOURCE_TEXT, locale);
  const excerpts = BUILDER_EXCERPTS.map((excerpt) => excerptView(excerpt, sources[excerpt.file], locale));
  const files = BUILDER_FILES.map((file) => {
    const lines = sources[file].replace(/\n$/, "").split("\n");
    return el("details", {class: "rx-code-file"}, [
      el("summary", {}, withCode(text.wholeFile(file, lines.length))),
      listing(lines, 1, new Set(), `src/${file}`)
    ]);
  });
  return el("div", {class: "rx-builder-source"}, [...excerpts, ...files]);
}
