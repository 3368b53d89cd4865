/**
 * Greedy line breaking for the title and caption of an exported chart. Pure: the caller measures text. Latin text
 * breaks at spaces; Chinese (and Japanese) text, which has none, may break between any two of its characters — but
 * never before closing punctuation ("，", "）") nor after opening punctuation ("（", "“").
 */

/** Measures the width of a string in the font it will be drawn in (pixels). */
export type MeasureText = (text: string) => number;

/** Characters a line may break before or after without a space: CJK ideographs, kana, CJK and full-width punctuation. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
/** Characters that may not start a line (closing punctuation, hyphens and dashes: "普通-56" stays whole). */
const CLOSING = /[，。、；：？！）」』》〉】〕”’…—%,.;:?!)\]}\-‐–]/u;
/** Characters that may not end a line. */
const OPENING = /[（「『《〈【〔“‘([{]/u;

/**
 * The pieces of a word (a run without spaces) a line may break between: the word itself when it is Latin, one piece
 * per CJK character otherwise, punctuation kept with its neighbour. Joined without spaces, they are the word again.
 */
export function breakPieces(word: string): string[] {
  const pieces: string[] = [];
  let current = "";
  let previous = "";
  for (const character of word) {
    const canBreak = current !== "" && !CLOSING.test(character) && !OPENING.test(previous) && (CJK.test(character) || CJK.test(previous));
    if (canBreak) {
      pieces.push(current);
      current = "";
    }
    current += character;
    previous = character;
  }
  return current ? [...pieces, current] : pieces;
}

/** Cuts a word wider than a line into pieces that fit (at least one character each). */
function splitLongWord(word: string, maxWidth: number, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const character of word) {
    if (piece && measure(piece + character) > maxWidth) {
      pieces.push(piece);
      piece = "";
    }
    piece += character;
  }
  return piece ? [...pieces, piece] : pieces;
}

/**
 * Breaks text into lines no wider than `maxWidth`: at spaces (and between CJK characters) where possible, inside a
 * word only when the word alone is too wide. Line breaks in the text start new lines (blank lines are dropped); runs
 * of spaces collapse to one.
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      breakPieces(word).forEach((piece, i) => {
        const candidate = line ? `${line}${i === 0 ? " " : ""}${piece}` : piece;
        if (measure(candidate) <= maxWidth) {
          line = candidate;
          return;
        }
        if (line) lines.push(line);
        const pieces = measure(piece) > maxWidth ? splitLongWord(piece, maxWidth, measure) : [piece];
        lines.push(...pieces.slice(0, -1));
        line = pieces[pieces.length - 1];
      });
    }
    if (line) lines.push(line);
  }
  return lines;
}
