/**
 * The site-wide script's two places to speak: a small note in the page's corner (one at a time, with an optional
 * action and "Dismiss"), and a status line at the end of the footer.
 */
import {siteMessages} from "./messages.js";

/** An action offered beside a note's text. */
export interface NoteAction {
  label: string;
  act: () => void;
}

function button(label: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement("button");
  element.type = "button";
  element.textContent = label;
  element.addEventListener("click", onClick);
  return element;
}

/** Shows `text` in the corner note (replacing the one shown), with `action` if given; a note without one goes after `hideAfterMs`. */
export function showSiteNote(text: string, action?: NoteAction, hideAfterMs = 12_000): HTMLElement {
  document.querySelector(".rx-site-note")?.remove();
  const note = document.createElement("div");
  note.className = "rx-site-note";
  note.setAttribute("role", "status");
  const message = document.createElement("span");
  message.textContent = text;
  note.append(message);
  if (action) note.append(button(action.label, action.act));
  note.append(button(siteMessages().dismiss, () => note.remove()));
  document.body.append(note);
  if (!action) setTimeout(() => note.remove(), hideAfterMs);
  return note;
}

/** Puts `text` at the end of the page's footer (replacing an earlier status). */
export function showFooterStatus(text: string): void {
  const footer = document.getElementById("observablehq-footer");
  if (!footer) return;
  let status = footer.querySelector<HTMLElement>(".rx-site-status");
  if (!status) {
    status = document.createElement("div");
    status.className = "rx-site-status";
    footer.append(status);
  }
  status.textContent = text;
}
