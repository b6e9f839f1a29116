/**
 * How wide a line of text is in the face the charts, maps and still images are set in (DejaVu
 * Sans, `FONT_FAMILY`), from the face's own advance widths (font-metrics.ts), so labels can be
 * placed at build time without a browser. The one width rule of the site: charts, maps, share
 * previews and the embed's height estimate all measure through `textWidth`.
 */
import { BOLD, FACE, FONT_FAMILY, REGULAR } from './font-metrics';

export { FACE, FONT_FAMILY };

/** What a line is set in: size in the drawing's units, weight, extra space between letters. */
export interface TextStyle {
	size: number;
	bold?: boolean;
	/** Letter spacing in em. */
	spacing?: number;
	/** Upper-case letters. */
	upper?: boolean;
}

/** Width of a character the tables lack, in em: wider than most, so it errs on the roomy side. */
export const UNKNOWN = 0.7;

/**
 * Width of a line of text in the drawing's units. A bare size is a line set in bold at that
 * size: what the charts' labels and titles are set in, and the wider of the two weights.
 */
export function textWidth(text: string, style: TextStyle | number): number {
	const {
		size,
		bold,
		spacing = 0,
		upper
	} = typeof style === 'number' ? { size: style, bold: true } : style;
	const table = bold ? BOLD : REGULAR;
	let em = 0;
	for (const ch of upper ? text.toUpperCase() : text) em += (table[ch] ?? UNKNOWN) + spacing;
	return em * size;
}
