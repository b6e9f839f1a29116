/**
 * Chart text helpers. Widths are measured by src/lib/text/width.ts, the one width rule the charts
 * share with the maps; `textWidth` is re-exported for the modules that import it from here.
 */
export { textWidth } from '../text/width';

/** The text with its first letter in capitals. */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
