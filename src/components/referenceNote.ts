/**
 * The note a lab shows when some of its reference runs could not be loaded (see loadReferenceFiles in
 * session/references.ts): in words, what is missing and that live runs are unaffected; the file names and reasons
 * behind a disclosure. Hidden when everything loaded.
 */
import type {LoadedReferences} from "../session/references.js";
import {el} from "./dom.js";
import {localized} from "../i18n/locale.js";
import {REFERENCE_NOTE_TEXT} from "./referenceNote.text.js";

/** What is missing, said for a lab (the default) or for a figure drawn from the files (`effect`). */
export interface ReferenceNoteOptions {
  /**
   * The whole sentence after "could not be loaded, so …", in the page's language, e.g. "the chart below is not drawn."
   * (on a Chinese page: "下面的图无法绘制。"). Default: the lab's dashed curves and rings are missing.
   */
  effect?: string;
}

/** The note for `loaded`: hidden when nothing failed. */
export function ReferenceNote(loaded: LoadedReferences, {effect}: ReferenceNoteOptions = {}): HTMLElement {
  const text = localized(REFERENCE_NOTE_TEXT);
  const {failed} = loaded;
  const total = failed.length + loaded.files.length;
  return el("div", {class: "rx-reference-note", role: "note", hidden: failed.length === 0}, [
    el("p", {}, [text.sentence(text.missing(failed.length, total), effect ?? text.labEffect)]),
    el("details", {}, [el("summary", {}, [text.details]), el("ul", {}, failed.map(({name, reason}) => el("li", {}, [text.failure(name, reason)])))])
  ]);
}
