/**
 * The page and its script agree (issue 15): each section is rendered on the server as the build
 * renders it, loaded into a DOM (happy-dom), and the page's own script (src/lib/reader) is run
 * over it and told each step in turn. What it then shows — the figure in view, the lit marks,
 * the map's state, zoom and lit places, the active step — must be what the build-time builders
 * (section-graphics.ts, chapter-map.ts) say that step shows.
 */
import { Window } from 'happy-dom';
import { render } from 'svelte/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import qalamoun from '../../stories/qalamoun';
import mini from '../fixtures/mini-story';
import StorySection from '$lib/components/StorySection.svelte';
import { sectionGraphicsOf } from '$lib/charts/section-graphics';
import { markButtons } from '$lib/charts/figure-sheet';
import { CHART, FIGURE, MAP_ATTR, MARK, STEP, encodeZoom, zoomStyle } from '$lib/contract';
import { chapterMapOf } from '$lib/map/chapter-map';
import { mapGeometry } from '$lib/map/geometry.server';
import { SectionView } from '$lib/reader/graphic';
import type { Picks } from '$lib/reader/state';
import { sectionsInOrder, validateStory, type StoryInput } from '$lib/story';
import { pageParts } from '$lib/story/page';
import type { Section, Story } from '$lib/story/schema';

const window = new Window({ url: 'https://example.org/' });
const globals = globalThis as unknown as Record<string, unknown>;
const saved = { document: globals.document };
beforeAll(() => {
	// The reader asks the document which element has focus (reader/map.ts).
	globals.document = window.document;
});
afterAll(() => {
	globals.document = saved.document;
	return window.happyDOM.close();
});

function storyOf(input: StoryInput): Story {
	const result = validateStory(input);
	if (!result.ok) throw new Error('the story is invalid');
	return result.story;
}

/** The section as the page renders it (StorySection, as in src/routes), in a fresh DOM. */
function mount(story: Story, section: Section) {
	const parts = pageParts(story, [section]);
	const geometry = mapGeometry(story.map.bounds);
	const overview = section.slug === story.closing.slug ? story.claims : undefined;
	const { body } = render(StorySection, {
		props: {
			section,
			index: parts.index,
			map: story.map,
			notes: parts.notes,
			geometry,
			claims: story.claims,
			overview
		}
	});
	const document = window.document;
	document.body.innerHTML = `<main>${body}</main>`;
	const el = document.querySelector(`section[data-chapter="${section.slug}"]`)!;
	const graphics = sectionGraphicsOf(section, parts.index, { overview });
	// The map is drawn where a step shows it.
	const map = graphics.map ? chapterMapOf(section, parts.index, story.map, geometry) : undefined;
	const built = { graphics, map };
	return { el: el as unknown as HTMLElement, built };
}

const attr = (el: Element, name: string) => el.getAttribute(name);
const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

/** What the reader shows in the section now. */
function shownState(section: HTMLElement) {
	const current = [...section.querySelectorAll(`[${FIGURE.attr}][${FIGURE.current}="true"]`)];
	const figure = current[0];
	const litIn = (root: Element | undefined, selector: string, id: string) =>
		sorted(
			[...(root?.querySelectorAll(`${selector}[${MARK.highlighted}="true"]`) ?? [])].map(
				(el) => attr(el, id) ?? ''
			)
		);
	// A map out of view waits for its turn (reader/graphic.ts): only the map in view is compared.
	const mapFigure = figure?.querySelector(`[${CHART.attr}="${CHART.map}"]`);
	const live = mapFigure?.querySelector(`svg [${MAP_ATTR.state}]`);
	const base = mapFigure?.querySelector<HTMLElement>(`[${MAP_ATTR.base}]`);
	return {
		figures: current.map((f) => attr(f, FIGURE.attr)),
		drawings: litIn(figure, `[${MARK.drawing}]`, MARK.drawing),
		buttons: litIn(figure, `[${MARK.claim}]`, MARK.claim),
		active: [...section.querySelectorAll(`[${STEP.attr}][${STEP.active}="true"]`)].map((s) =>
			Number(attr(s, STEP.position))
		),
		current: [...section.querySelectorAll('[aria-current="step"]')].map((s) =>
			Number(attr(s, STEP.position))
		),
		map: live
			? {
					state: attr(live, MAP_ATTR.state),
					zoom: attr(live, MAP_ATTR.zoom),
					transform: base?.style.transform ?? '',
					places: sorted(
						[...live.querySelectorAll(`[${MAP_ATTR.place}]`)].map((p) => attr(p, MAP_ATTR.place)!)
					),
					lit: litIn(live, `[${MAP_ATTR.place}]`, MAP_ATTR.place),
					labels: litIn(live, `[${MAP_ATTR.label}]`, MAP_ATTR.label)
				}
			: undefined
	};
}

/** What the builders say step `i` shows. */
function builtState(built: ReturnType<typeof mount>['built'], i: number, actor: string | null) {
	const shows = built.graphics.steps[i]!;
	const chart =
		shows.kind === 'chart'
			? shows.chart
			: shows.kind === 'overview'
				? built.graphics.overview
				: undefined;
	const marks = chart ? markButtons(chart) : [];
	const lit = sorted(marks.filter((m) => m.highlighted || m.actor === actor).map((m) => m.claim));
	const state = shows.kind === 'map' ? built.map?.states[i] : undefined;
	return {
		figures: [shows.kind === 'none' ? undefined : shows.figure],
		drawings: lit,
		buttons: lit,
		active: [i],
		current: [i],
		map: state
			? {
					state: String(i),
					zoom: encodeZoom(state.zoom),
					transform: zoomStyle(state.zoom),
					places: sorted(state.marks.map((m) => m.id)),
					lit: sorted(state.marks.filter((m) => m.role === 'named').map((m) => m.id)),
					labels: sorted(state.labels.filter((l) => l.role === 'named').map((l) => l.id))
				}
			: undefined
	};
}

const cases: [string, Story][] = [
	['the fixture story', storyOf(mini)],
	['the story this site is built from', storyOf(qalamoun)]
];

describe.each(cases)('the reader over %s shows what the build prerendered', (_, story) => {
	for (const section of sectionsInOrder(story)) {
		it(`${section.slug}: at each of its ${section.steps.length} steps`, () => {
			const { el, built } = mount(story, section);
			const picks: Picks = { actor: null, place: null };
			const view = new SectionView(
				el,
				() => {},
				() => picks
			);
			expect(view.steps).toHaveLength(section.steps.length);
			const charts = built.graphics.steps.filter((s) => s.kind !== 'none' && s.kind !== 'map');
			for (let i = 0; i < section.steps.length; i++) {
				view.render({ shown: i, active: i, ...picks });
				expect(shownState(el), `${section.slug} step ${i + 1}`).toEqual(builtState(built, i, null));
			}
			// The checks compared something: figures and lit marks, and a map where there is one.
			expect(charts.length + (built.map ? 1 : 0)).toBeGreaterThan(0);
		}, 60_000);
	}

	it('lights a picked actor’s marks in the figure in view, as the builder lays them out', () => {
		const section = sectionsInOrder(story).find((s) =>
			sectionGraphicsOf(s, pageParts(story, [s]).index).steps.some((x) => x.kind === 'chart')
		)!;
		const { el, built } = mount(story, section);
		const at = built.graphics.steps.findIndex((s) => s.kind === 'chart');
		const shows = built.graphics.steps[at]!;
		const actor = shows.kind === 'chart' ? markButtons(shows.chart)[0]!.actor : '';
		const picks: Picks = { actor, place: null };
		const view = new SectionView(
			el,
			() => {},
			() => picks
		);
		view.render({ shown: at, active: at, ...picks });
		const want = builtState(built, at, actor);
		const got = shownState(el);
		expect(got.drawings).toEqual(want.drawings);
		expect(got.buttons).toEqual(want.buttons);
	});
});
