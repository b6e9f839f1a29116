/**
 * Colour arithmetic for checking chart colours: contrast (WCAG), CIELAB distance, and how a
 * colour looks under the three dichromacies (Machado, Oliveira and Fernandes 2009, severity 1).
 */
type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb {
	const n = parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => c / 255) as Rgb;
}

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

/** WCAG relative luminance. */
export function luminance(hex: string): number {
	const [r, g, b] = parseHex(hex).map(toLinear) as Rgb;
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

const MATRICES = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
} as const;

export type Vision = 'normal' | keyof typeof MATRICES;
export const VISIONS: Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

/** The colour as seen with a dichromacy, in linear RGB. */
function simulate(hex: string, vision: Vision): Rgb {
	const rgb = parseHex(hex).map(toLinear) as Rgb;
	if (vision === 'normal') return rgb;
	const m = MATRICES[vision];
	return m.map((row) =>
		Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2]))
	) as Rgb;
}

function lab([r, g, b]: Rgb): Rgb {
	const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
	const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
	const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
	return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 distance between two colours as seen with `vision`. */
export function distance(a: string, b: string, vision: Vision = 'normal'): number {
	const [l1, a1, b1] = lab(simulate(a, vision));
	const [l2, a2, b2] = lab(simulate(b, vision));
	return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** A colour as seen with `vision`, as #rrggbb (for reports). */
export function seenAs(hex: string, vision: Vision): string {
	return `#${simulate(hex, vision)
		.map((c) =>
			Math.round(toSrgb(c) * 255)
				.toString(16)
				.padStart(2, '0')
		)
		.join('')}`;
}
