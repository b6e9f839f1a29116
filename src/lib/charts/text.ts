/** Chart text helpers. (Widths are measured by src/lib/text/width.ts, shared with the maps.) */

/** The text with its first letter in capitals. */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
