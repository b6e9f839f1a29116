/**
 * The site's two typefaces, self-hosted: a display face (headlines, standfirsts, labels, the
 * interface and the charts) and a text face (the prose). Each web face is subset at build time
 * to the characters the site prints (fonts.server.ts) and served as WOFF2 from /fonts/.
 *
 * Each face has a metric-matched local fallback: the same family name plus " Fallback", drawn
 * from a font every system has, scaled (size-adjust) to the web face's average width over the
 * story's prose and given its ascent and descent, so the swap from fallback to web font moves
 * as little as it can (and the prose, whose face is optional, never swaps). The figures come from `npx tsx scripts/font-fallbacks.ts`.
 */

/** One local font standing in for a web face until it has loaded. */
export interface Fallback {
	/** Local font names, tried in order (Arial's metrics equal Liberation Sans's). */
	local: string[];
	/** The weights this fallback answers for, as a CSS font-weight range. */
	weight: string;
	sizeAdjust: string;
	ascent: string;
	descent: string;
	lineGap: string;
}

/** One web font file. */
export interface WebFace {
	/** File name stem under /fonts/ (a content hash is appended). */
	id: string;
	family: string;
	/** CSS font-weight: one weight, or a range for a variable font. */
	weight: string;
	style: 'normal' | 'italic';
	/** The source file, relative to node_modules. */
	source: string;
	/** For a variable font, the axis range to keep (the rest is cut away). */
	axes?: Record<string, { min: number; max: number }>;
	/** Whether the first screen of every page needs it (then it is preloaded). */
	preload: boolean;
	/** `swap` for the display face; `optional` for the prose, which a reader may already be
	 * reading when a late file arrives (a deep link opens on a step's text): it is used only if
	 * it is there for the first paint, so the text never moves under the eye. */
	display: 'swap' | 'optional';
}

export interface Family {
	family: string;
	/** The CSS stack: the web face, its fallback, then generic ones. */
	stack: string;
	fallbacks: Fallback[];
}

export const DISPLAY = 'Libre Franklin';
export const TEXT = 'Source Serif 4';

export const families: Family[] = [
	{
		family: DISPLAY,
		stack: `'${DISPLAY}', '${DISPLAY} Fallback', system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif`,
		fallbacks: [
			{
				local: ['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans', 'Helvetica'],
				weight: '100 549',
				sizeAdjust: '103.97%',
				ascent: '92.91%',
				descent: '23.66%',
				lineGap: '0%'
			},
			{
				local: [
					'Arial Bold',
					'Arial-BoldMT',
					'Liberation Sans Bold',
					'LiberationSans-Bold',
					'Helvetica Bold'
				],
				weight: '550 900',
				sizeAdjust: '99.85%',
				ascent: '96.75%',
				descent: '24.64%',
				lineGap: '0%'
			}
		]
	},
	{
		family: TEXT,
		stack: `'${TEXT}', '${TEXT} Fallback', Charter, 'Bitstream Charter', Cambria, Georgia, serif`,
		fallbacks: [
			{
				local: [
					'Times New Roman',
					'TimesNewRomanPSMT',
					'Liberation Serif',
					'LiberationSerif',
					'Times'
				],
				weight: '100 549',
				sizeAdjust: '117.59%',
				ascent: '88.10%',
				descent: '28.49%',
				lineGap: '0%'
			},
			{
				local: [
					'Times New Roman Bold',
					'TimesNewRomanPS-BoldMT',
					'Liberation Serif Bold',
					'LiberationSerif-Bold',
					'Times Bold'
				],
				weight: '550 900',
				sizeAdjust: '113.99%',
				ascent: '90.88%',
				descent: '29.39%',
				lineGap: '0%'
			}
		]
	}
];

export const faces: WebFace[] = [
	{
		id: 'libre-franklin',
		family: DISPLAY,
		weight: '400 700',
		style: 'normal',
		source: '@fontsource-variable/libre-franklin/files/libre-franklin-latin-wght-normal.woff2',
		axes: { wght: { min: 400, max: 700 } },
		preload: true,
		display: 'swap'
	},
	{
		id: 'source-serif-4-400',
		family: TEXT,
		weight: '400',
		style: 'normal',
		source: '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2',
		// Every page opens on prose (a standfirst, a summary, or the step a link points to).
		preload: true,
		display: 'optional'
	},
	{
		id: 'source-serif-4-700',
		family: TEXT,
		weight: '700',
		style: 'normal',
		source: '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2',
		preload: false,
		display: 'optional'
	}
];

/** A built face: where it is served and what it weighs. */
export interface BuiltFace extends WebFace {
	/** Root-relative URL, e.g. `/fonts/libre-franklin-1a2b3c4d.woff2`. */
	url: string;
}

/** The @font-face rules for the built faces and their fallbacks. */
export function fontFaceCss(built: BuiltFace[]): string {
	const rules: string[] = [];
	for (const f of built)
		rules.push(
			`@font-face{font-family:'${f.family}';src:url(${f.url}) format('woff2');` +
				`font-weight:${f.weight};font-style:${f.style};font-display:${f.display}}`
		);
	for (const fam of families)
		for (const fb of fam.fallbacks)
			rules.push(
				`@font-face{font-family:'${fam.family} Fallback';` +
					`src:${fb.local.map((l) => `local('${l}')`).join(',')};font-weight:${fb.weight};` +
					`size-adjust:${fb.sizeAdjust};ascent-override:${fb.ascent};` +
					`descent-override:${fb.descent};line-gap-override:${fb.lineGap}}`
			);
	const stack = (name: string) => families.find((fam) => fam.family === name)?.stack ?? 'serif';
	rules.push(`:root{--font-display:${stack(DISPLAY)};--font-text:${stack(TEXT)}}`);
	return rules.join('\n');
}
