/**
 * Rasterises an exported SVG document to PNG on a canvas, at a multiple of its size (2× for slides). The SVG
 * is loaded from a blob: URL made here, so nothing is requested from anywhere; it carries its own styles and
 * names only system fonts.
 */
import {setSvgSize} from "./svgSize.js";

/** Draws SVG text at `scale` × its `width` × `height` (CSS pixels) and encodes it as a PNG blob. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const pixelWidth = Math.round(width * scale);
  const pixelHeight = Math.round(height * scale);
  // Give the document its pixel size, so the browser rasterises the vectors at full resolution.
  const sized = setSvgSize(svgText, {width: pixelWidth, height: pixelHeight, viewWidth: width, viewHeight: height});
  const url = URL.createObjectURL(new Blob([sized], {type: "image/svg+xml"}));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("this browser cannot draw on a canvas");
    context.drawImage(image, 0, 0, pixelWidth, pixelHeight);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the canvas could not be encoded as PNG"))), "image/png")
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
