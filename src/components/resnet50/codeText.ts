/**
 * Message text with code in it: a part between backquotes (a file path, a function's name) is code, shown in `<code>`
 * (so that a page in another language marks it as code, not as untranslated words) and written without the
 * backquotes where only plain text goes (CSV). Text without backquotes comes out unchanged.
 */
import {el} from "../dom.js";

/** `text` as DOM children: the backquoted parts as `<code>` elements, the rest as strings. */
export function withCode(text: string): Array<HTMLElement | string> {
  return text
    .split("`")
    .flatMap((part, i): Array<HTMLElement | string> => (part === "" ? [] : i % 2 === 1 ? [el("code", {}, [part])] : [part]));
}

/** `text` without its backquotes, for plain-text exports. */
export function plainText(text: string): string {
  return text.replaceAll("`", "");
}
