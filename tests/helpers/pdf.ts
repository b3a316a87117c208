/**
 * Just enough PDF reading for the print tests, on Chromium's own output (Skia writes page
 * and link-annotation objects uncompressed): count pages, read page sizes, list link targets.
 */

/** Number of pages: objects of /Type /Page (not /Pages). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** Every page's size in points, from its /MediaBox. */
export function pdfPageSizes(pdf: Buffer): Array<{ width: number; height: number }> {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => ({
    width: Number(m[3]) - Number(m[1]),
    height: Number(m[4]) - Number(m[2]),
  }));
}

/** The addresses of all links printed in the document (link annotations). */
export function pdfLinks(pdf: Buffer): string[] {
  return [...pdf.toString('latin1').matchAll(/\/URI\s*\(([^)]*)\)/g)].map((m) => m[1]);
}
