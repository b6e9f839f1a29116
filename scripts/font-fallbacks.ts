/**
 * Prints the fallback metrics (size-adjust, ascent/descent/line-gap overrides) that make a
 * local font take the same room as each web font of src/lib/fonts/faces.ts, so swapping one for
 * the other moves nothing. Run it after changing a face: `npx tsx scripts/font-fallbacks.ts`, and
 * copy the figures into faces.ts. Widths are measured by shaping the story's own prose with
 * HarfBuzz in both fonts; the fallbacks are measured in Liberation Sans and Serif, which share
 * Arial's and Times New Roman's metrics.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as hb from 'harfbuzzjs';
import story from '../stories/qalamoun';

const require = createRequire(import.meta.url);
const fontverter: { convert(b: Buffer, to: 'sfnt'): Promise<Buffer> } = require('fontverter');

const sample = [story.meta.dek, ...story.chapters.flatMap((c) => c.steps.map((s) => s.text))]
	.join(' ')
	.slice(0, 20000);

async function sfnt(file: string): Promise<Uint8Array> {
	const buf = readFileSync(file);
	return buf.subarray(0, 4).toString() === 'wOF2' ? fontverter.convert(buf, 'sfnt') : buf;
}

/** Advance width of the sample per em, and the vertical metrics per em. */
async function measure(file: string, wght?: number) {
	const face = new hb.Face(new hb.Blob(await sfnt(file)));
	const font = new hb.Font(face);
	if (wght) font.setVariations([new hb.Variation('wght', wght)]);
	const buffer = new hb.Buffer();
	buffer.addText(sample);
	buffer.guessSegmentProperties();
	hb.shape(font, buffer);
	const width = buffer.getGlyphPositions().reduce((s, p) => s + p.xAdvance, 0);
	const ext = font.hExtents();
	const upem = face.upem;
	return {
		width: width / upem,
		ascent: ext.ascender / upem,
		descent: -ext.descender / upem,
		lineGap: ext.lineGap / upem
	};
}

const nm = 'node_modules';
const lib = '/usr/share/fonts/truetype/liberation';
const pairs: [string, string, number | undefined, string][] = [
	[
		'display 400',
		`${nm}/@fontsource-variable/libre-franklin/files/libre-franklin-latin-wght-normal.woff2`,
		400,
		`${lib}/LiberationSans-Regular.ttf`
	],
	[
		'display 700',
		`${nm}/@fontsource-variable/libre-franklin/files/libre-franklin-latin-wght-normal.woff2`,
		700,
		`${lib}/LiberationSans-Bold.ttf`
	],
	[
		'text 400',
		`${nm}/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2`,
		undefined,
		`${lib}/LiberationSerif-Regular.ttf`
	],
	[
		'text 400 italic',
		`${nm}/@fontsource/source-serif-4/files/source-serif-4-latin-400-italic.woff2`,
		undefined,
		`${lib}/LiberationSerif-Italic.ttf`
	],
	[
		'text 700',
		`${nm}/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2`,
		undefined,
		`${lib}/LiberationSerif-Bold.ttf`
	]
];

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
for (const [name, web, wght, local] of pairs) {
	const w = await measure(web, wght);
	const f = await measure(local);
	const size = w.width / f.width;
	console.log(
		`${name}: sizeAdjust '${pct(size)}', ascent '${pct(w.ascent / size)}', descent '${pct(w.descent / size)}', lineGap '${pct(w.lineGap / size)}'`
	);
}
