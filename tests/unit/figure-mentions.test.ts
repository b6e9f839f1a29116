import { describe, expect, it } from 'vitest';
import { figureWords, markFigures, type DrawnFigure } from '../../src/lib/story/figure-mentions';
import type { Segment } from '../../src/lib/story/mentions';

const words = figureWords('en');
const plain = (...paragraphs: string[]): Segment[][] => paragraphs.map((text) => [{ text }]);
const marked = (paragraphs: Segment[][]) =>
	paragraphs.flat().flatMap((s) => (s.claim ? [`${s.text}→${s.claim}`] : []));
const figure = (id: string, low: number, high: number | undefined, ...names: string[]) =>
	({ id, low, high, names, measure: 'killed' }) satisfies DrawnFigure;

describe('markFigures', () => {
	it('marks each drawn figure once, at its first statement, and keeps the text whole', () => {
		const text = 'A commander said 29 fighters died, 11 of them in an ambush. Later 29 again.';
		const out = markFigures(
			plain(text),
			[figure('a', 29, 29, 'fighters'), figure('b', 11, 11)],
			words
		);
		expect(marked(out)).toEqual(['29→a', '11→b']);
		expect(out[0]!.map((s) => s.text).join('')).toBe(text);
	});

	it('never takes a date or a year for a figure', () => {
		const out = markFigures(
			plain('On 14 June, by 2014, and on July 14 there were 14 dead.'),
			[figure('a', 14, 14), figure('y', 2014, 2014)],
			words
		);
		// 2014 is stated as a plain number: it is a figure only because a claim says it.
		expect(marked(out)).toEqual(['2014→y', '14→a']);
	});

	it('reads ranges, thousands and open figures as the claim states them', () => {
		const out = markFigures(
			plain('Between 50 and 170 rebels, 6 to 7 others, 3,000 in all, and 930+ by one count.'),
			[
				figure('range', 50, 170),
				figure('dash', 6, 7),
				figure('thousands', 3000, 3000),
				figure('open', 930, undefined)
			],
			words
		);
		expect(marked(out)).toEqual([
			'50 and 170→range',
			'6 to 7→dash',
			'3,000→thousands',
			'930+→open'
		]);
	});

	it('splits a range no claim states into its two figures', () => {
		const out = markFigures(plain('From 10 to 20 men.'), [figure('b', 20, 20)], words);
		expect(marked(out)).toEqual(['20→b']);
	});

	it('gives a number two claims share to the one the words after it name', () => {
		const out = markFigures(
			plain('Killed: 50 civilians and 50 militants; 14 Hezbollah fighters and 14 rebels captured.'),
			[
				figure('rebels-50', 50, 50, 'militants'),
				figure('civilians-50', 50, 50, 'civilians'),
				figure('rebels-14', 14, 14, 'rebels'),
				figure('hezbollah-14', 14, 14, 'Hezbollah')
			],
			words
		);
		expect(marked(out)).toEqual([
			'50→civilians-50',
			'50→rebels-50',
			'14→hezbollah-14',
			'14→rebels-14'
		]);
	});

	it('an open figure is not an exact one: "20+" is the open claim, "20" the exact', () => {
		const out = markFigures(
			plain('One box says 20+. Another 20 died in a strike.'),
			[figure('exact', 20, 20), figure('open', 20, undefined)],
			words
		);
		expect(marked(out)).toEqual(['20+→open', '20→exact']);
	});

	it('leaves a figure the graphic does not draw as text, and actor mentions whole', () => {
		const paragraphs: Segment[][] = [
			[{ text: 'Hezbollah', actor: 'hezbollah' }, { text: ' lost 8 men and 12 more.' }]
		];
		const out = markFigures(paragraphs, [figure('a', 12, 12)], words);
		expect(out[0]).toEqual([
			{ text: 'Hezbollah', actor: 'hezbollah' },
			{ text: ' lost 8 men and ' },
			{ text: '12', claim: 'a' },
			{ text: ' more.' }
		]);
		expect(markFigures(paragraphs, [], words)).toBe(paragraphs);
	});

	it('follows the language: German groups thousands with a dot', () => {
		const out = markFigures(
			plain('Am 3 Juni zählte man 3.000 Kämpfer.'),
			[figure('a', 3000, 3000), figure('d', 3, 3)],
			figureWords('de')
		);
		expect(marked(out)).toEqual(['3.000→a']);
	});
});
