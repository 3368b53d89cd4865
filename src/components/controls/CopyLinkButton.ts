/**
 * "Copy link": puts the link that reproduces the current settings on the clipboard (Clipboard API). Where
 * that is refused or missing (insecure context, permissions), it shows the link in a text box, selected,
 * ready for Ctrl+C / ⌘C.
 */
import {el} from "../dom.js";

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

/** A button that copies the state's link, with a status line and a fallback text box. */
export function CopyLinkButton(source: LinkSource, {label = "Copy link"}: {label?: string} = {}): HTMLElement {
  const button = el("button", {type: "button", class: "rx-copy-link__button"}, [label]);
  const status = el("span", {class: "rx-copy-link__status", role: "status", "aria-live": "polite"});
  const text = el("input", {type: "text", readonly: true, class: "rx-copy-link__text", "aria-label": "Link to these settings", hidden: true});
  button.addEventListener("click", async () => {
    source.flush?.();
    const href = source.href();
    text.value = href;
    if (await writeClipboard(href)) {
      text.hidden = true;
      status.textContent = "Link copied.";
      return;
    }
    text.hidden = false;
    text.focus();
    text.select();
    status.textContent = "Copying is blocked here: the link is selected, press Ctrl+C (⌘C on a Mac).";
  });
  return el("div", {class: "rx-copy-link"}, [button, status, text]);
}
