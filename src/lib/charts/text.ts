/**
 * How wide a line of chart text is, estimated without a browser so labels can be placed at
 * build time. The widths are a wide bold sans's (DejaVu Sans Bold, the widest common fallback)
 * at 1 unit per em, rounded up, so an estimate errs towards more room rather than less.
 */
const NARROW = new Set([..."iljI.,:;!|'’‘()[]{}/ "]);
const WIDE = new Set([...'mwMW@%—']);

/** Estimated width of `text` set at `size` units. */
export function textWidth(text: string, size: number): number {
	let em = 0;
	for (const ch of text) {
		if (NARROW.has(ch)) em += 0.38;
		else if (WIDE.has(ch)) em += 1.05;
		else if (/[0-9]/.test(ch)) em += 0.7;
		else if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) em += 0.8;
		else em += 0.67;
	}
	return em * size;
}

/** The text with its first letter in capitals. */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
