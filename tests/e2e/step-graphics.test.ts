/**
 * What a reader sees of each step's graphic, measured in the browser at three screen sizes:
 * the graphic fits its frame (nothing inside it scrolls), the step's own marks and their labels
 * lie inside the frame and below the top bar, no two labels overlap, no two actors of a chart
 * share a colour, and every number a headline names is among the figures the chart draws.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strayNumbers } from '../../src/lib/charts/step-chart';
import type { Claim } from '../../src/lib/story/schema';
import { jumpToStep, ready } from './helpers';

type BuiltSection = { slug: string; steps: { id: string }[] };
const story: {
	opening: BuiltSection;
	chapters: BuiltSection[];
	closing: BuiltSection;
	claims: Claim[];
} = JSON.parse(readFileSync(`${process.env.BUILD_DIR ?? 'build'}/data/story.json`, 'utf8'));
const claims = new Map(story.claims.map((c) => [c.id, c]));

const SIZES = [
	{ width: 360, height: 640 },
	{ width: 412, height: 915 },
	{ width: 1440, height: 900 }
];

interface Seen {
	headingCovered: boolean;
	shows: string;
	current: string[];
	scrolls: string[];
	outside: string[];
	overlaps: string[];
	sharedColours: string[];
	headline: string;
	drawn: string[];
}

for (const size of SIZES)
	test.describe(`at ${size.width}×${size.height}`, () => {
		test.use({ viewport: size });
		// Chapters on their own pages; the opening and closing on the whole piece's.
		for (const [chapter, path] of [
			...story.chapters.map((c) => [c, `/${c.slug}/`] as const),
			[story.opening, '/'] as const,
			[story.closing, '/'] as const
		])
			test(`every step of ${chapter.slug} shows a graphic that fits and reads`, async ({
				page
			}, info) => {
				test.skip(info.project.name !== 'desktop', 'sizes are set here; one project is enough');
				test.setTimeout(120_000);
				await page.goto(path);
				await ready(page);
				for (const step of chapter.steps) {
					await jumpToStep(page, step.id);
					await expect(page.locator(`[id="${step.id}"]`)).toHaveAttribute('data-active', 'true');
					// Wait for the figure the step names to be the one in view, and its fade to end.
					const shows = (await page.locator(`[id="${step.id}"]`).getAttribute('data-shows')) ?? '';
					// The map's own test measures its labels and marks.
					if (!shows || shows.endsWith('-map')) continue;
					const figure = page.locator(`[data-figure="${shows}"]`);
					await expect(figure).toHaveAttribute('data-current', 'true');
					await expect(figure).toHaveCSS('opacity', '1');
					const seen: Seen = await page.evaluate(
						({ id, shows }) => {
							const stepEl = document.getElementById(id)!;
							const section = stepEl.closest('section')!;
							const graphic = section.querySelector<HTMLElement>('[data-graphic]')!;
							const frame = graphic.getBoundingClientRect();
							const bar = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
							const figure = graphic.querySelector<HTMLElement>(`[data-figure="${shows}"]`)!;
							// The card's heading, at the trigger point, is not under the graphic.
							const head = stepEl.querySelector('.when')!.getBoundingClientRect();
							const top = document.elementFromPoint(head.left + 8, head.top + head.height / 2);
							const headingCovered = !stepEl.contains(top);
							const name = (el: Element) =>
								el.getAttribute('data-claim') ??
								el.getAttribute('data-label') ??
								el.textContent ??
								'';
							const scrolls = [graphic, ...graphic.querySelectorAll<HTMLElement>('*')]
								.filter((el) => {
									const style = getComputedStyle(el);
									if (el.closest('[data-current="false"]')) return false;
									return (
										/(auto|scroll)/.test(style.overflowY + style.overflowX) &&
										(el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
									);
								})
								.map((el) => el.className || el.tagName);
							const inside = (r: DOMRect) =>
								r.left >= frame.left - 1 &&
								r.right <= frame.right + 1 &&
								r.top >= Math.max(frame.top, bar) - 1 &&
								r.bottom <= frame.bottom + 1;
							const lit = [...figure.querySelectorAll('[data-highlighted="true"]')];
							const texts = [...figure.querySelectorAll('svg text')];
							const outside = [...lit, ...texts]
								.filter((el) => !inside(el.getBoundingClientRect()))
								.map((el) => {
									const r = el.getBoundingClientRect();
									return `${name(el)} at ${Math.round(r.top)}–${Math.round(r.bottom)} in ${Math.round(frame.top)}–${Math.round(frame.bottom)}, bar ${Math.round(bar)}`;
								});
							const boxes = texts.map((t) => ({ t, r: t.getBoundingClientRect() }));
							const overlaps: string[] = [];
							boxes.forEach((a, i) =>
								boxes.slice(i + 1).forEach((b) => {
									const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
									const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
									if (x > 1 && y > 1) overlaps.push(`${a.t.textContent} × ${b.t.textContent}`);
								})
							);
							const colourOf = new Map<string, string>();
							for (const el of figure.querySelectorAll('[data-mark][data-actor]'))
								colourOf.set(
									el.getAttribute('data-actor')!,
									getComputedStyle(el).getPropertyValue('--c').trim()
								);
							const byColour = new Map<string, string[]>();
							for (const [actor, colour] of colourOf)
								byColour.set(colour, [...(byColour.get(colour) ?? []), actor]);
							const sharedColours = [...byColour.values()]
								.filter((a) => a.length > 1)
								.map((a) => a.join(' & '));
							return {
								headingCovered,
								shows,
								current: [...graphic.querySelectorAll('[data-current="true"]')].map(
									(el) => el.getAttribute('data-figure') ?? ''
								),
								scrolls,
								outside,
								overlaps,
								sharedColours,
								headline: figure.querySelector('.headline')?.textContent ?? '',
								drawn: [...figure.querySelectorAll('[data-claim]')].map(
									(el) => el.getAttribute('data-claim') ?? ''
								)
							};
						},
						{ id: step.id, shows }
					);
					const where = `${step.id} (${seen.shows})`;
					expect(seen.current, `${where}: one figure in view`).toEqual([shows]);
					expect(seen.headingCovered, `${where}: the card's heading is in view`).toBe(false);
					expect(seen.scrolls, `${where}: nothing scrolls`).toEqual([]);
					expect(seen.outside, `${where}: inside the frame, below the bar`).toEqual([]);
					expect(seen.overlaps, `${where}: labels apart`).toEqual([]);
					expect(seen.sharedColours, `${where}: a colour per actor`).toEqual([]);
					if (seen.headline && seen.drawn.length > 0) {
						const drawn = seen.drawn.map((id) => claims.get(id)!).filter(Boolean);
						expect(strayNumbers(seen.headline, drawn), `${where}: "${seen.headline}"`).toEqual([]);
					}
				}
			});
	});
