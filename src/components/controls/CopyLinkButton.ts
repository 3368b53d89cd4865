/**
 * "Copy link": puts the link that reproduces the current settings on the clipboard (Clipboard API). Where
 * that is refused or missing (insecure context, permissions), it shows the link in a text box, selected,
 * ready for Ctrl+C / ⌘C.
 */
import {localized} from "../../i18n/locale.js";
import {el} from "../dom.js";
import {CONTROLS_TEXT} from "./text.js";

/** Something that can give the current link (a UrlState). */
export interface LinkSource {
  href(): string;
  flush?(): void;
}

/** Puts text on the clipboard; false where that is refused or missing. */
export async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** A button that copies the state's link, with a status line and a fallback text box (`label` default "Copy link", in the page's language). */
export function CopyLinkButton(source: LinkSource, {label}: {label?: string} = {}): HTMLElement {
  const words = localized(CONTROLS_TEXT);
  const button = el("button", {type: "button", class: "rx-copy-link__button"}, [label ?? words.copyLink]);
  const status = el("span", {class: "rx-copy-link__status", role: "status", "aria-live": "polite"});
  const text = el("input", {type: "text", readonly: true, class: "rx-copy-link__text", "aria-label": words.linkLabel, hidden: true});
  button.addEventListener("click", async () => {
    source.flush?.();
    const href = source.href();
    text.value = href;
    if (await writeClipboard(href)) {
      text.hidden = true;
      status.textContent = words.linkCopied;
      return;
    }
    text.hidden = false;
    text.focus();
    text.select();
    status.textContent = words.copyBlocked;
  });
  return el("div", {class: "rx-copy-link"}, [button, status, text]);
}
