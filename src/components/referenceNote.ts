/**
 * The note a lab shows when some of its reference runs could not be loaded (see loadReferenceFiles in
 * session/references.ts): in words, what is missing and that live runs are unaffected; the file names and reasons
 * behind a disclosure. Hidden when everything loaded.
 */
import type {LoadedReferences} from "../session/references.js";
import {el} from "./dom.js";

/** What is missing, said for a lab (the default) or for a figure drawn from the files (`effect`). */
export interface ReferenceNoteOptions {
  /** The whole sentence after "could not be loaded, so …", e.g. "the chart below is not drawn." */
  effect?: string;
}

export function ReferenceNote(loaded: LoadedReferences, {effect = "their dashed curves and rings are missing. Your own runs train and are judged as usual."}: ReferenceNoteOptions = {}): HTMLElement {
  const {failed} = loaded;
  const total = failed.length + loaded.files.length;
  const what = failed.length === total ? (total === 1 ? "The reference runs behind this part of the page could not be loaded" : "The reference runs of this lab could not be loaded") : `${failed.length} of ${total} sets of reference runs could not be loaded`;
  return el("div", {class: "rx-reference-note", role: "note", hidden: failed.length === 0}, [
    el("p", {}, [`${what}, so ${effect} Reloading the page may bring them back.`]),
    el("details", {}, [el("summary", {}, ["Technical details"]), el("ul", {}, failed.map(({name, reason}) => el("li", {}, [`${name}: ${reason}`])))])
  ]);
}
