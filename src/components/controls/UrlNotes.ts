/**
 * The visible notes about URL parameters that could not be used as written ("depth=999 is above the maximum
 * 110; using 110"). Empty and hidden when the URL was fine.
 */
import {localized} from "../../i18n/locale.js";
import {el} from "../dom.js";
import {CONTROLS_TEXT} from "./text.js";
import type {ParamNote} from "./urlState.js";

/** At most this many notes are listed; the rest are counted. */
const MAX_LISTED = 12;

/** A note box listing what was changed while reading the URL. */
export function UrlNotes(notes: readonly ParamNote[]): HTMLElement {
  const text = localized(CONTROLS_TEXT);
  const items = notes.slice(0, MAX_LISTED).map((note) => el("li", {"data-param": note.name}, [note.message]));
  if (notes.length > MAX_LISTED) items.push(el("li", {}, [text.moreNotes(notes.length - MAX_LISTED)]));
  return el("div", {class: "rx-url-notes", role: "note", hidden: notes.length === 0}, [
    el("p", {}, [text.urlNotesIntro]),
    el("ul", {}, items)
  ]);
}
