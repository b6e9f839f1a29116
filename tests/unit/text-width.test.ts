/** One width rule for every label the build places (src/lib/text/width.ts): charts, maps, previews. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOLD, REGULAR } from '$lib/text/font-metrics';
import { FACE, FONT_FAMILY, textWidth, UNKNOWN } from '$lib/text/width';

const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]
	);

describe('text width', () => {
	it('adds up the face’s own advance widths, times the size', () => {
		expect(textWidth('Arsal', { size: 10 })).toBeCloseTo(
			10 * [...'Arsal'].reduce((em, ch) => em + REGULAR[ch]!, 0),
			6
		);
		expect(textWidth('', { size: 12 })).toBe(0);
		expect(textWidth('ab', { size: 20 })).toBeCloseTo(2 * textWidth('ab', { size: 10 }), 6);
	});

	it('measures bold wider, spacing and capitals as set', () => {
		expect(textWidth('Arsal', { size: 10, bold: true })).toBeGreaterThan(
			textWidth('Arsal', { size: 10 })
		);
		expect(textWidth('iiii', { size: 10 })).toBeLessThan(textWidth('MMMM', { size: 10 }));
		expect(textWidth('ab', { size: 10, spacing: 0.1 })).toBeCloseTo(
			textWidth('ab', { size: 10 }) + 2,
			6
		);
		expect(textWidth('syria', { size: 9, upper: true })).toBe(textWidth('SYRIA', { size: 9 }));
	});

	it('takes a bare size as bold at that size (the charts’ labels)', () => {
		expect(textWidth('1,200 killed', 11.5)).toBe(
			textWidth('1,200 killed', { size: 11.5, bold: true })
		);
	});

	it('errs roomy on a character the tables lack, and knows accented Latin', () => {
		expect(textWidth('\u4e2d', { size: 10 })).toBeCloseTo(UNKNOWN * 10, 6);
		expect(BOLD['é']).toBeGreaterThan(0);
		expect(REGULAR['’']).toBeGreaterThan(0);
	});

	it('names the face once: the page asks for it first, the still images draw with it', () => {
		expect(FONT_FAMILY.startsWith(`'${FACE}'`)).toBe(true);
		// No other source spells out the face's name or its widths.
		const spelled = files('src')
			.filter((f) => /\.(ts|svelte|css)$/.test(f) && !f.endsWith('font-metrics.ts'))
			.filter((f) => /DejaVu Sans['"]|0\.636\b/.test(readFileSync(f, 'utf8')));
		expect(spelled).toEqual([]);
	});
});
