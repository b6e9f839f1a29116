import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actorColoursCss } from '../../src/lib/charts/colours';
import { contrast, distance, VISIONS } from '../../src/lib/charts/colour-vision';
import { sectionGraphicsOf } from '../../src/lib/charts/section-graphics';
import { indexStory, sectionsInOrder, validateStory, type Story } from '../../src/lib/story';
import raw from '../../stories/qalamoun';

const result = validateStory(raw);
if (!result.ok) throw new Error('the story does not validate');
const story: Story = result.story;
const index = indexStory(story);

/** The page's background in light and dark, as app.css sets it. */
const css = readFileSync('src/app.css', 'utf8');
const backgrounds = [...css.matchAll(/--bg:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1]!);
const tones = { light: backgrounds[0]!, dark: backgrounds[1]! };

/** Every set of actors drawn together in one chart. */
const charts = sectionsInOrder(story).flatMap((section) => {
	const graphics = sectionGraphicsOf(section, index, {
		overview: section === story.closing ? story.claims : undefined
	});
	return [
		...graphics.steps.flatMap((s) => (s.kind === 'chart' ? [s.chart] : [])),
		...(graphics.overview ? [graphics.overview] : [])
	];
});

describe('colour arithmetic', () => {
	it('measures contrast as WCAG does', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
	});
	it('sees red and green as alike without red or green cones, and apart otherwise', () => {
		const normal = distance('#d62728', '#2ca02c', 'normal');
		expect(normal).toBeGreaterThan(60);
		expect(distance('#d62728', '#2ca02c', 'deuteranopia')).toBeLessThan(normal * 0.4);
		expect(distance('#d62728', '#2ca02c', 'protanopia')).toBeLessThan(normal * 0.6);
		// Blue and yellow survive red–green blindness, not tritanopia's blue–yellow loss.
		expect(distance('#1f77b4', '#e0c000', 'deuteranopia')).toBeGreaterThan(50);
	});
});

describe('the story’s actor colours', () => {
	it('are set for every actor, light and dark', () => {
		for (const actor of story.actors) expect(actor.colour, actor.id).toBeDefined();
	});
	for (const [tone, bg] of Object.entries(tones))
		it(`stand at least 3:1 against the ${tone} background (${bg})`, () => {
			for (const actor of story.actors) {
				const c = actor.colour![tone as 'light' | 'dark'];
				expect(contrast(c, bg), `${actor.id} ${c}`).toBeGreaterThanOrEqual(3);
			}
		});
	for (const tone of ['light', 'dark'] as const)
		it(`keep every two actors of a chart apart, ${tone}, with each colour vision`, () => {
			const close: string[] = [];
			for (const chart of charts)
				for (const a of chart.actors)
					for (const b of chart.actors) {
						if (a >= b) continue;
						const ca = index.actors.get(a)!.colour![tone];
						const cb = index.actors.get(b)!.colour![tone];
						for (const vision of VISIONS) {
							const d = distance(ca, cb, vision);
							if (d < 12) close.push(`${a}/${b} ${vision} ΔE ${d.toFixed(1)}`);
						}
					}
			expect([...new Set(close)]).toEqual([]);
		});
	it('are written into one stylesheet, by actor, with dark mode in it', () => {
		const sheet = actorColoursCss(story.actors, story.sides);
		const first = story.actors[0]!;
		expect(sheet).toContain(`[data-actor="${first.id}"]{--c:${first.colour!.light}}`);
		expect(sheet).toContain(
			`:root[data-theme=dark] [data-actor="${first.id}"]{--c:${first.colour!.dark}}`
		);
		expect(sheet).toMatch(/@media \(prefers-color-scheme:dark\)/);
	});
});
