/** Greedy line breaking for the title and caption of an exported chart. Pure: the caller measures text. */

/** Measures the width of a string in the font it will be drawn in (pixels). */
export type MeasureText = (text: string) => number;

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
 * Breaks text into lines no wider than `maxWidth`: at spaces where possible, inside a word only when the
 * word alone is too wide. Line breaks in the text start new lines (blank lines are dropped); runs of spaces collapse to one.
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      const pieces = measure(word) > maxWidth ? splitLongWord(word, maxWidth, measure) : [word];
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1];
    }
    if (line) lines.push(line);
  }
  return lines;
}
