import { describe, expect, it } from 'vitest';
import {
	activeStepOf,
	EMBED,
	embedHeight,
	graphicHeight,
	linesOf,
	placeNear,
	snippetHeight,
	stageOf,
	type EmbedPlan
} from '../../src/lib/embed/layout';
import { askParentPosition, parentViewport } from '../../src/lib/embed/messages';
import { drawsInFlow, embedPlanOf } from '../../src/lib/embed/plan';
import type { SectionGraphics } from '../../src/lib/charts/section-graphics';
import { lightColours, stepImageSvg } from '../../src/lib/server/step-image';

const chart = (height: number) =>
	({ kind: 'chart', width: 340, height, headline: 'Two figures, far apart', keys: 0 }) as const;

const plan = (steps: number): EmbedPlan => ({
	title: 'A chapter',
	period: 'May 2015',
	summary: 'What happened, in one sentence of a dozen words or so.',
	steps: Array.from({ length: steps }, (_, i) => ({
		date: `${i + 1} May 2015`,
		title: 'A step',
		graphic: i % 2 ? chart(120) : { kind: 'none' as const }
	}))
});

describe('linesOf', () => {
	it('is 0 for no text, 1 for a short line, more as the line narrows', () => {
		expect(linesOf('', 17, 300)).toBe(0);
		expect(linesOf('Short', 17, 300)).toBe(1);
		const long = 'word '.repeat(60);
		expect(linesOf(long, 17, 200)).toBeGreaterThan(linesOf(long, 17, 400));
	});
});

describe('graphicHeight', () => {
	it('scales a chart with the column, up to the chart’s widest', () => {
		expect(graphicHeight(chart(170), 300)).toBeLessThan(graphicHeight(chart(170), 380));
		expect(graphicHeight(chart(170), 600)).toBe(graphicHeight(chart(170), 800));
	});
	it('draws nothing for no graphic', () => expect(graphicHeight({ kind: 'none' }, 390)).toBe(0));
});

describe('embedHeight and snippetHeight', () => {
	it('grow with the steps', () =>
		expect(embedHeight(plan(8), 390)).toBeGreaterThan(embedHeight(plan(4), 390)));
	it('hardly change past the column’s width', () =>
		expect(embedHeight(plan(8), 900)).toBe(embedHeight(plan(8), EMBED.column)));
	it('a step with its text open is taller than one folded', () => {
		const open = plan(1);
		open.steps[0]!.text = ['A paragraph of the step’s text. '.repeat(8)];
		expect(embedHeight(open, 390)).toBeGreaterThan(embedHeight(plan(1), 390) + 100);
	});
	it('the snippet lies between the phone’s and the column’s estimate, in tens', () => {
		const h = snippetHeight(plan(6));
		expect(h % 10).toBe(0);
		expect(h).toBeGreaterThanOrEqual(
			Math.min(embedHeight(plan(6), 390), embedHeight(plan(6), 640))
		);
		expect(h).toBeLessThanOrEqual(
			Math.max(embedHeight(plan(6), 390), embedHeight(plan(6), 640)) + 10
		);
	});
});

describe('stageOf', () => {
	const steps = { top: 200, height: 5000 };
	it('takes part of the host viewport, within its bounds', () => {
		expect(stageOf({ height: 800, top: 100 }, steps).height).toBe(Math.round(800 * EMBED.stage));
		expect(stageOf({ height: 200, top: 0 }, steps).height).toBe(EMBED.stageMin);
		expect(stageOf({ height: 2000, top: 0 }, steps).height).toBe(EMBED.stageMax);
	});
	it('stays at the frame’s top until the frame scrolls past, then follows, then stops at its end', () => {
		// The steps' box starts 200 px down the frame.
		expect(stageOf({ height: 800, top: 300 }, steps).y).toBe(0);
		expect(stageOf({ height: 800, top: -100 }, steps).y).toBe(0);
		expect(stageOf({ height: 800, top: -1200 }, steps).y).toBe(1000);
		expect(stageOf({ height: 800, top: -5100 }, steps).y).toBe(5000 - 440);
	});
});

describe('activeStepOf', () => {
	const tops = [500, 1000, 1500, 2000];
	it('is the first step before any reaches the trigger line', () =>
		expect(activeStepOf(tops, { height: 500, top: 800 })).toBe(0));
	it('is the last step above the trigger line', () => {
		const line = 800 * EMBED.trigger;
		expect(activeStepOf(tops, { height: 800, top: line - 1100 })).toBe(1);
		expect(activeStepOf(tops, { height: 800, top: line - 5000 })).toBe(3);
	});
});

describe('placeNear', () => {
	const visible = { top: 1000, bottom: 1800 };
	it('opens below what was tapped when it fits', () =>
		expect(placeNear({ top: 1100, bottom: 1130 }, 300, visible)).toBe(1136));
	it('opens above when below would leave the visible part', () =>
		expect(placeNear({ top: 1700, bottom: 1730 }, 300, visible)).toBe(1394));
	it('stays inside the visible part when neither fits', () => {
		const top = placeNear({ top: 1300, bottom: 1330 }, 700, visible);
		expect(top).toBeGreaterThanOrEqual(visible.top);
		expect(top + 700).toBeLessThanOrEqual(visible.bottom);
	});
});

describe('pym’s viewport-iframe-position', () => {
	it('reads what a trackscroll parent sends', () =>
		expect(
			parentViewport('pymxPYMxc1xPYMxviewport-iframe-positionxPYMx390 844 -120.5 0 3000 390', 'c1')
		).toEqual({ width: 390, height: 844, top: -120.5, bottom: 3000 }));
	it.each([
		['another child', 'pymxPYMxc2xPYMxviewport-iframe-positionxPYMx390 844 0 0 10 390'],
		['too few numbers', 'pymxPYMxc1xPYMxviewport-iframe-positionxPYMx390 844 0'],
		['not numbers', 'pymxPYMxc1xPYMxviewport-iframe-positionxPYMx390 844 a 0 10 390'],
		['a width message', 'pymxPYMxc1xPYMxwidthxPYMx640'],
		['an object', { top: 0 }]
	])('ignores %s', (_n, data) => expect(parentViewport(data, 'c1')).toBeUndefined());
	it('asks for it as pym does', () =>
		expect(askParentPosition('c1')).toBe('pymxPYMxc1xPYMxparentPositionInfoxPYMx'));
});

describe('drawsInFlow and embedPlanOf', () => {
	const graphics = {
		steps: [
			{ kind: 'map', figure: 'm' },
			{ kind: 'map', figure: 'm' },
			{ kind: 'chart', figure: 'c', chart: { ...chart(100), note: undefined, keys: [] } }
		],
		map: true
	} as unknown as SectionGraphics;
	it('draws a map once per run, unless the step stands alone', () => {
		expect([0, 1, 2].map((i) => drawsInFlow(graphics, i))).toEqual([true, false, true]);
		expect(drawsInFlow(graphics, 1, true)).toBe(true);
	});
	const chapter = {
		title: 'T',
		period: '2015-05',
		summary: 'S',
		steps: [0, 1, 2].map((i) => ({ date: `2015-05-0${i + 1}`, text: `Step ${i}.\n\nMore.` }))
	} as unknown as Parameters<typeof embedPlanOf>[0];
	it('folds every step of a chapter, and opens a step that stands alone', () => {
		const whole = embedPlanOf(chapter, graphics, { width: 320, height: 180 });
		expect(whole.steps.map((s) => s.graphic.kind)).toEqual(['map', 'none', 'chart']);
		expect(whole.steps.every((s) => s.text === undefined)).toBe(true);
		const one = embedPlanOf(chapter, graphics, { width: 320, height: 180 }, 1);
		expect(one.steps).toHaveLength(1);
		expect(one.steps[0]!.graphic.kind).toBe('map');
		expect(one.steps[0]!.text).toEqual(['Step 1.', 'More.']);
		expect(one.summary).toBeUndefined();
	});
});

describe('stepImageSvg', () => {
	it('writes the headline and the credit into the image, in the actors’ colours', () => {
		const { svg, width, height } = stepImageSvg({
			graphic: {
				kind: 'chart',
				chart: {
					kind: 'ranges',
					headline: 'H',
					width: 340,
					height: 40,
					claims: ['c1'],
					actors: ['a'],
					keys: [],
					panels: [
						{
							key: 'p',
							rows: [
								{
									key: 'r',
									actor: 'a',
									title: { text: 'Row', x: 4, y: 12, anchor: 'start', width: 20 },
									marks: [
										{
											claim: 'c1',
											actor: 'a',
											shape: 'bar',
											x0: 4,
											x1: 200,
											y: 24,
											name: 'n',
											highlighted: true,
											label: { text: 'Who: 20', x: 204, y: 28, anchor: 'start', width: 40 }
										}
									]
								}
							]
						}
					]
				}
			},
			headline: 'Twenty & more <killed>',
			credit: 'A byline, “A chapter”, A piece.',
			colours: lightColours(
				[{ id: 'a', side: 's', colour: { light: '#123456', dark: '#abcdef' } }] as never,
				[{ id: 's' }] as never
			)
		});
		expect(svg).toContain('Twenty &amp; more &lt;killed&gt;');
		expect(svg).toContain('Who: 20');
		expect(svg).toContain('A byline, “A chapter”, A piece.');
		expect(svg).toContain('fill="#123456"');
		expect(width).toBeGreaterThan(300);
		expect(height).toBeGreaterThan(40);
	});
});

describe('the story’s own embeds', async () => {
	const { validateStory } = await import('../../src/lib/story');
	const { default: input } = await import('../../stories/qalamoun');
	const { embedOf, stepImagesOf } = await import('../../src/lib/embed/snippet');
	const { sectionGraphicsOf } = await import('../../src/lib/charts/section-graphics');
	const { indexStory } = await import('../../src/lib/story/derive');
	const result = validateStory(input);
	if (!result.ok) throw new Error('the story does not validate');
	const story = result.story;
	const index = indexStory(story);

	it.each(story.chapters.map((c) => [c.slug, c] as const))(
		'%s: each step image says its chart’s headline, and has alt text and credit',
		(_slug, chapter) => {
			const graphics = sectionGraphicsOf(chapter, index);
			const images = stepImagesOf(story, chapter);
			expect(images.length).toBeGreaterThan(0);
			for (const image of images) {
				const shows = graphics.steps[image.n - 1]!;
				if (shows.kind === 'chart') {
					expect(image.headline).toBe(shows.chart.headline);
					const { svg } = stepImageSvg({
						graphic: { kind: 'chart', chart: shows.chart },
						headline: image.headline,
						credit: image.credit,
						colours: lightColours(story.actors, story.sides)
					});
					// Headlines wrap onto lines: every word is in the image, in order.
					const words = [
						...svg.matchAll(/font-size="15" font-weight="bold" fill="[^"]+">([^<]*)</g)
					]
						.map((m) => m[1])
						.join(' ');
					expect(words).toBe(
						shows.chart.headline.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
					);
				}
				expect(image.alt.length).toBeGreaterThan(10);
				expect(image.credit).toContain(chapter.title);
			}
		}
	);

	it('a single step’s snippet is far shorter than its chapter’s, and every one is in tens', () => {
		for (const chapter of story.chapters) {
			const whole = embedOf(story, chapter).height;
			chapter.steps.forEach((_, i) => {
				const one = embedOf(story, chapter, i).height;
				expect(one % 10).toBe(0);
				expect(one).toBeLessThan(whole / 2);
			});
		}
	});
});
