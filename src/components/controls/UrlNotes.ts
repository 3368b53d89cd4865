/**
 * The visible notes about URL parameters that could not be used as written ("depth=999 is above the maximum
 * 110; using 110"). Empty and hidden when the URL was fine.
 */
import {el} from "../dom.js";
import type {ParamNote} from "./urlState.js";

/** At most this many notes are listed; the rest are counted. */
const MAX_LISTED = 12;

/** A note box listing what was changed while reading the URL. */
export function UrlNotes(notes: readonly ParamNote[]): HTMLElement {
  const items = notes.slice(0, MAX_LISTED).map((note) => el("li", {"data-param": note.name}, [note.message]));
  if (notes.length > MAX_LISTED) items.push(el("li", {}, [`… and ${notes.length - MAX_LISTED} more`]));
  return el("div", {class: "rx-url-notes", role: "note", hidden: notes.length === 0}, [
    el("p", {}, ["The link asked for settings this page cannot use as written, so it uses these instead:"]),
    el("ul", {}, items)
  ]);
}
