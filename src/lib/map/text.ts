/** Widths of label text in the map's font, from its real metrics (font-metrics.ts). */
import { BOLD, REGULAR } from './font-metrics';

/** What a label is set in: size in the map's units, weight, extra space between letters (em). */
export interface TextStyle {
	size: number;
	bold?: boolean;
	/** Letter spacing in em. */
	spacing?: number;
	/** Upper-case letters. */
	upper?: boolean;
}

/** Width of a character the table lacks: wider than most, so it errs on the roomy side. */
const UNKNOWN = 0.7;

/** Width of a line of text in the map's units. */
export function textWidth(text: string, style: TextStyle): number {
	const table = style.bold ? BOLD : REGULAR;
	const shown = style.upper ? text.toUpperCase() : text;
	let em = 0;
	for (const ch of shown) em += (table[ch] ?? UNKNOWN) + (style.spacing ?? 0);
	return em * style.size;
}

/** A name in one line, or two lines broken at the space nearest its middle when long. */
export function lineBreaks(name: string): string[][] {
	const words = name.split(' ');
	const options: string[][] = [[name]];
	if (words.length > 1) {
		let best = 1;
		for (let i = 1; i < words.length; i++) {
			const a = words.slice(0, i).join(' ').length;
			const b = words.slice(0, best).join(' ').length;
			if (Math.abs(a - name.length / 2) < Math.abs(b - name.length / 2)) best = i;
		}
		options.push([words.slice(0, best).join(' '), words.slice(best).join(' ')]);
	}
	return options;
}

/** A shorter form of a place name: what comes before any comma or bracket. */
export function shortName(name: string): string {
	return name.split(/[,(]/)[0]!.trim() || name;
}
