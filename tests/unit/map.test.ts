import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import input from '../../stories/qalamoun';
import {
	chapterMapOf,
	HIT,
	MAP_HEIGHT,
	MAP_WIDTH,
	type ChapterMap,
	type MapState
} from '$lib/map/chapter-map';
import { clipLine, clipRing, insideRings, simplify, type Point } from '$lib/map/clip';
import { decodeStep, decodeZoom, encodeStep, encodeZoom } from '$lib/contract';
import { keepInside, roundKm, union, windowAround } from '$lib/map/frame';
import { mapGeometry } from '$lib/map/geometry.server';
import { hitTargets, insideConvex } from '$lib/map/hits';
import { overlaps, placeLabels, type Box, type LabelSpec, type Obstacles } from '$lib/map/labels';
import { distanceToLines, placesOfActor, polylines, stepsAtPlace } from '$lib/map/places';
import { describePlace, placesLine, roughKm } from '$lib/map/place-lines';
import { lineBreaks, shortName } from '$lib/map/text';
import { textWidth } from '$lib/text/width';
import { indexStory, sectionsInOrder, validateStory } from '$lib/story';
import type { Place, Story } from '$lib/story/schema';

const validated = validateStory(input);
if (!validated.ok) throw new Error('the story is invalid');
const story: Story = validated.story;
const index = indexStory(story);
const geometry = mapGeometry(story.map.bounds);
const sections = sectionsInOrder(story).filter((s) => s.steps.some((st) => st.places.length > 0));
const maps = new Map(sections.map((s) => [s.slug, chapterMapOf(s, index, story.map, geometry)]));

const inFrame = (b: Box) => b[0] >= 0 && b[1] >= 0 && b[2] <= MAP_WIDTH && b[3] <= MAP_HEIGHT;

/** Every way a state's layout can fail, as readable lines. */
function problems(state: MapState, named: string[], at: string): string[] {
	const out: string[] = [];
	for (const id of named)
		if (!state.labels.some((l) => l.id === id)) out.push(`${at}: ${id} has no label`);
	const boxes = [
		...state.labels.map((l) => ({ what: `label ${l.id}`, box: l.box })),
		...state.countries.map((c) => ({ what: `country ${c.name}`, box: c.box })),
		{ what: 'scale bar', box: state.scale.box }
	];
	for (const [i, a] of boxes.entries()) {
		if (!inFrame(a.box)) out.push(`${at}: ${a.what} leaves the frame`);
		for (const b of boxes.slice(i + 1))
			if (overlaps(a.box, b.box)) out.push(`${at}: ${a.what} overlaps ${b.what}`);
		// Labels keep off every dot but their own.
		for (const m of state.marks)
			if (m.shape !== 'area' && !a.what.endsWith(` ${m.id}`)) {
				const dot: Box = [m.x - m.r, m.y - m.r, m.x + m.r, m.y + m.r];
				if (overlaps(a.box, dot)) out.push(`${at}: ${a.what} covers the mark of ${m.id}`);
			}
	}
	const names = state.countries.map((c) => c.name);
	for (const country of ['Lebanon', 'Syria'])
		if (!names.includes(country)) out.push(`${at}: ${country} is not named`);
	return out;
}

describe('the story’s maps', () => {
	it('label every place each step names, with no overlaps, and name both countries', () => {
		const all: string[] = [];
		for (const section of sections) {
			const map = maps.get(section.slug)!;
			section.steps.forEach((step, i) =>
				all.push(...problems(map.states[i]!, step.places, `${section.slug} step ${i + 1}`))
			);
		}
		expect(all).toEqual([]);
	});

	it('draw the final state (what readers without the script see) with its labels clear', () => {
		for (const [slug, map] of maps) {
			const state = map.states[map.steps]!;
			expect(state.step).toBe(-1);
			// The final state names what it can; the list under the map names every place.
			expect(problems(state, [], `${slug} final`)).toEqual([]);
			expect(state.labels.length).toBeGreaterThan(0);
		}
	});

	it('keep a place’s label on one side through a chapter, where there is room', () => {
		let kept = 0;
		let moved = 0;
		for (const map of maps.values()) {
			const last = new Map<string, number>();
			for (const state of map.states.slice(0, map.steps))
				for (const label of state.labels) {
					const before = last.get(label.id);
					if (before !== undefined) {
						if (before === label.side) kept++;
						else moved++;
					}
					last.set(label.id, label.side!);
				}
		}
		expect(kept).toBeGreaterThan(0);
		expect(moved / (kept + moved)).toBeLessThan(0.15);
	});

	it('zoom the climax far enough that its places stand apart', () => {
		for (const [slug, map] of maps)
			for (const state of map.states.slice(0, map.steps)) {
				const points = state.marks.filter((m) => m.shape !== 'area');
				for (const [i, a] of points.entries())
					for (const b of points.slice(i + 1))
						expect(
							Math.hypot(a.x - b.x, a.y - b.y),
							`${slug} step ${state.step + 1}: ${a.id} and ${b.id}`
						).toBeGreaterThan(6);
			}
	});

	it('give every drawn place a tap target of its own that holds its centre', () => {
		for (const map of maps.values())
			for (const state of map.states)
				for (const m of state.marks) {
					if (m.hitR) expect(m.hitR).toBe(HIT);
					else {
						const points = polylines(m.hit!)[0]!;
						expect(insideConvex([m.x, m.y], points)).toBe(true);
						for (const other of state.marks)
							if (other !== m && (other.x !== m.x || other.y !== m.y))
								expect(insideConvex([other.x, other.y], points)).toBe(false);
					}
				}
	});

	it('draws a region, or a place less precise than its frame, as a named area, never a ring', () => {
		for (const map of maps.values())
			for (const state of map.states)
				for (const m of state.marks) {
					if (index.places.get(m.id)?.kind === 'region') expect(m.shape).toBe('area');
					if (m.shape === 'ring') expect(m.ring).toBeLessThanOrEqual(MAP_HEIGHT / 2);
				}
	});

	it('has an inset with the frame’s box, and stays small', () => {
		for (const map of maps.values()) {
			expect(map.inset.lands.length).toBeGreaterThan(0);
			for (const state of map.states) {
				const [x, y, w, h] = state.insetBox;
				expect(x).toBeGreaterThanOrEqual(map.inset.x);
				expect(y).toBeGreaterThanOrEqual(map.inset.y);
				expect(x + w).toBeLessThanOrEqual(map.inset.x + map.inset.width + 0.1);
				expect(y + h).toBeLessThanOrEqual(map.inset.y + map.inset.height + 0.1);
			}
		}
	});
});

describe('windows', () => {
	const aspect = 16 / 9;
	it('hold every target, with room, at least the narrowest width', () => {
		const w = windowAround(
			[
				{ x: 0, y: 0, r: 2 },
				{ x: 30, y: 10, r: 0 }
			],
			{ aspect }
		);
		expect(w.x).toBeLessThan(-2);
		expect(w.x + w.w).toBeGreaterThan(30);
		expect(w.w / w.h).toBeCloseTo(aspect);
		const one = windowAround([{ x: 5, y: 5, r: 0 }], { aspect, minKm: 14 });
		expect(one.w).toBeCloseTo(14);
		expect(one.x + one.w / 2).toBeCloseTo(5);
	});
	it('zoom in to separate close places, but never cut one off', () => {
		const close = [
			{ x: 0, y: 0, r: 0 },
			{ x: 1, y: 0, r: 0 }
		];
		const w = windowAround(close, { aspect, minKm: 14, separation: 0.1 });
		// One km apart must be a tenth of the width: a 10 km window.
		expect(w.w).toBeCloseTo(10);
		const spread = windowAround([...close, { x: 40, y: 0, r: 0 }], { aspect, separation: 0.1 });
		expect(spread.x + spread.w).toBeGreaterThan(40);
	});
	it('stay inside the area there is geometry for, keeping their shape', () => {
		const w = keepInside({ x: -5, y: 0, w: 32, h: 18 }, { x: 0, y: 0, w: 16, h: 100 });
		expect(w).toEqual({ x: 0, y: 4.5, w: 16, h: 9 });
		const u = union(
			[
				{ x: 0, y: 0, w: 16, h: 9 },
				{ x: 20, y: 0, w: 16, h: 9 }
			],
			aspect
		);
		expect(u.x).toBe(0);
		expect(u.w).toBe(36);
		expect(roundKm(37)).toBe(20);
		expect(roundKm(4.2)).toBe(2);
	});
});

describe('labels', () => {
	const frame: Box = [0, 0, 200, 100];
	const spec = (id: string, x: number, y: number, extra: Partial<LabelSpec> = {}): LabelSpec => ({
		id,
		x,
		y,
		r: 2,
		texts: [[`Place ${id}`]],
		style: { size: 10 },
		...extra
	});
	it('never overlaps two labels or leaves the frame, and places the first first', () => {
		const crowd = Array.from({ length: 12 }, (_, i) =>
			spec(`p${i}`, 90 + (i % 4) * 6, 45 + Math.floor(i / 4) * 6)
		);
		const o: Obstacles = { frame, boxes: [], segments: [] };
		const placed = placeLabels(crowd, o);
		expect(placed[0]!.id).toBe('p0');
		expect(placed.length).toBeLessThan(crowd.length);
		for (const [i, a] of placed.entries()) {
			expect(inFrame(a.box)).toBe(true);
			for (const b of placed.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
		}
	});
	it('uses a leader line when no spot next to the mark is free', () => {
		const boxes: Box[] = [[80, 30, 120, 70]];
		const [label] = placeLabels([spec('a', 100, 50, { leaders: true })], {
			frame,
			boxes,
			segments: []
		});
		expect(label?.leader).toBeDefined();
		expect(overlaps(label!.box, boxes[0]!)).toBe(false);
	});
	it('keeps off border lines and keeps its side from one state to the next', () => {
		const sides = new Map<string, number>();
		const border: [Point, Point][] = [
			[
				[110, 0],
				[110, 100]
			]
		];
		const [first] = placeLabels(
			[spec('a', 100, 50)],
			{ frame, boxes: [], segments: border },
			sides
		);
		expect(first!.anchor).toBe('end');
		// With the border gone the label stays on the side it took.
		const [next] = placeLabels([spec('a', 100, 50)], { frame, boxes: [], segments: [] }, sides);
		expect(next!.side).toBe(first!.side);
	});
	it('measures text with the font’s widths and breaks long names', () => {
		expect(textWidth('iiii', { size: 10 })).toBeLessThan(textWidth('MMMM', { size: 10 }));
		expect(textWidth('Arsal', { size: 10, bold: true })).toBeGreaterThan(
			textWidth('Arsal', { size: 10 })
		);
		expect(lineBreaks('Ras al-Marra–Arsal border crossing')[1]).toEqual([
			'Ras al-Marra–Arsal',
			'border crossing'
		]);
		expect(shortName('Tfail (village)')).toBe('Tfail');
	});
});

describe('geometry', () => {
	it('clips rings and lines to a rectangle and simplifies lines', () => {
		const ring: Point[] = [
			[-5, -5],
			[5, -5],
			[5, 5],
			[-5, 5]
		];
		const clipped = clipRing(ring, [0, 0, 10, 10]);
		expect(insideRings([2, 2], [clipped])).toBe(true);
		expect(insideRings([6, 6], [clipped])).toBe(false);
		expect(
			clipLine(
				[
					[-5, 1],
					[5, 1],
					[5, 20]
				],
				[0, 0, 10, 10]
			)
		).toEqual([
			[
				[0, 1],
				[5, 1],
				[5, 10]
			]
		]);
		expect(
			simplify(
				[
					[0, 0],
					[1, 0.1],
					[2, 0],
					[3, 5],
					[4, 0]
				],
				0.5
			)
		).toEqual([
			[0, 0],
			[2, 0],
			[3, 5],
			[4, 0]
		]);
	});
	it('gives each country its own land and the border between them', () => {
		expect(geometry.countries.map((c) => c.name)).toEqual(
			expect.arrayContaining(['Lebanon', 'Syria'])
		);
		expect(geometry.borders.some((b) => b.countries.join() === 'Lebanon,Syria')).toBe(true);
		// The inset reaches the sea.
		expect(geometry.inset.coast.length).toBeGreaterThan(0);
	});
	it('cuts tap targets where neighbours meet', () => {
		const [a, b, c] = hitTargets(
			[
				[0, 0],
				[10, 0],
				[100, 100]
			],
			15
		);
		expect(c).toEqual({ r: 15 });
		expect(insideConvex([-2, 0], a!.points!)).toBe(true);
		expect(insideConvex([6, 0], a!.points!)).toBe(false);
		expect(insideConvex([6, 0], b!.points!)).toBe(true);
	});
	it('writes and reads the attributes the page’s script shares', () => {
		expect(decodeZoom(encodeZoom({ tx: -12.5, ty: 3, k: 2.25 }))).toEqual({
			tx: -12.5,
			ty: 3,
			k: 2.25
		});
		expect(decodeZoom(null)).toEqual({ tx: 0, ty: 0, k: 1 });
		expect(decodeStep(encodeStep(4))).toBe(4);
		expect(decodeStep(encodeStep(-1))).toBe(-1);
		expect(decodeStep(undefined)).toBe(-1);
	});
});

describe('a small map', () => {
	const place = (id: string, lon: number, lat: number, extra: Partial<Place> = {}): Place => ({
		id,
		name: id,
		aliases: [],
		country: 'Lebanon',
		kind: 'settlement',
		lat,
		lon,
		precision: 'gazetteer',
		provenance: 'test',
		...extra
	});
	const places = [
		place('town', 36.2, 34.0),
		place('hill', 36.25, 34.02, { precision: 'approximate', uncertaintyKm: 3 }),
		place('range', 36.4, 34.0, { kind: 'region', precision: 'approximate', uncertaintyKm: 40 }),
		place('vague', 36.3, 34.1, { precision: 'approximate', uncertaintyKm: 60 })
	];
	const small = {
		...index,
		places: new Map(places.map((p) => [p.id, p]))
	};
	const section = {
		steps: [
			{ places: ['town', 'hill'] },
			{ places: ['range'] },
			{ places: ['vague', 'town'] }
		] as Story['opening']['steps']
	};
	const map: ChapterMap = chapterMapOf(section, small, { ...story.map, anchors: [] }, geometry);
	it('sizes rings by their uncertainty and areas by their extent', () => {
		const hill = map.states[0]!.marks.find((m) => m.id === 'hill')!;
		expect(hill.shape).toBe('ring');
		const kmPerUnit = map.states[0]!.window.w / MAP_WIDTH;
		expect(hill.ring * kmPerUnit).toBeCloseTo(3, 0);
		expect(map.states[1]!.marks.find((m) => m.id === 'range')!.shape).toBe('area');
		// Less precise than the frame it is in: a named area, not a ring filling the map.
		expect(map.states[2]!.marks.find((m) => m.id === 'vague')!.shape).toBe('area');
		expect(map.states[2]!.labels.some((l) => l.id === 'vague' && l.kind === 'area')).toBe(true);
	});
	it('names both countries, clear of the border', () => {
		for (const state of map.states) {
			expect(state.countries.map((c) => c.name).sort()).toEqual(['Lebanon', 'Syria']);
		}
	});
});

describe('places and borders', () => {
	const border = 'M0,0L10,0L10,10';
	it('reads path data and measures the distance to it', () => {
		const lines = polylines(border);
		expect(distanceToLines([5, 3], lines)).toBeCloseTo(3);
		expect(distanceToLines([0, 0], [])).toBe(Infinity);
	});
	it('describes a place in plain words', () => {
		const place = {
			id: 'x',
			name: 'Exton',
			aliases: [],
			country: 'Northland',
			kind: 'town',
			lat: 0,
			lon: 0,
			precision: 'approximate' as const,
			uncertaintyKm: 3,
			provenance: 'test'
		};
		expect(
			describePlace(place, [{ countries: ['Northland', 'Southland'], d: border }], () => [5, 6], 2)
		).toBe(
			'Exton (town, Northland) lies about 10 km from the Northland–Southland border; its location is approximate, within 3 km.'
		);
		expect(placesLine(['x'], new Map([['x', place]]) as Map<string, Place>)).toBe(
			'Exton (approx.)'
		);
		expect(roughKm(0.4)).toBe('less than 1 km');
	});
	it('links places with steps and actors', () => {
		const steps = [
			{ places: ['a'], claims: ['c1'], about: [] },
			{ places: ['b', 'a'], claims: [], about: ['c2'] }
		];
		expect(stepsAtPlace({ steps }, 'a')).toEqual([0, 1]);
		expect(placesOfActor(steps, 'blue', new Map([['c2', { actor: 'blue' }]]))).toEqual(['b', 'a']);
	});
});

describe('a place’s outline', () => {
	const withOutline = (outline: unknown) => {
		const copy = structuredClone(input) as { places: Record<string, unknown>[] };
		copy.places[0] = { ...copy.places[0], outline };
		return validateStory(copy);
	};
	const problemsOf = (outline: unknown) => {
		const result = withOutline(outline);
		return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.reason}`);
	};
	it('is accepted as a closed ring of coordinates', () => {
		const ring = [
			[36.1, 34.0],
			[36.2, 34.0],
			[36.2, 34.1],
			[36.1, 34.0]
		];
		expect(withOutline(ring).ok).toBe(true);
	});
	it('is refused, with its path, when it is not a closed ring of valid coordinates', () => {
		expect(
			problemsOf([
				[36.1, 34.0],
				[36.2, 34.0],
				[36.2, 34.1],
				[36.3, 34.2]
			])
		).toEqual([expect.stringMatching(/^places\[0\]\.outline: .*closed ring/)]);
		expect(
			problemsOf([
				[36.1, 34.0],
				[36.2, 34.0],
				[36.1, 34.0]
			])
		).toEqual([expect.stringMatching(/^places\[0\]\.outline: .*at least three points/)]);
		expect(
			problemsOf([
				[36.1, 34.0],
				[200, 34.0],
				[36.2, 34.1],
				[36.1, 34.0]
			])
		).toEqual(['places[0].outline[1][0]: longitude out of range']);
	});
});

describe('colours', () => {
	const css = readFileSync('src/app.css', 'utf8');
	/** The tokens of each theme block that sets land tones. */
	const themes = [...css.matchAll(/\{([^{}]*--land-0[^{}]*)\}/g)].map((m) =>
		Object.fromEntries(
			[...m[1]!.matchAll(/(--[a-z0-9-]+):\s*(#[0-9a-f]{6})/gi)].map((t) => [t[1], t[2]])
		)
	);
	const luminance = (hex: string) => {
		const [r, g, b] = [1, 3, 5].map((i) => {
			const c = parseInt(hex.slice(i, i + 2), 16) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	};
	const contrast = (a: string, b: string) => {
		const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
		return (x! + 0.05) / (y! + 0.05);
	};
	it('keep every label (earlier places too) at 4.5:1 or more on every land tone and the sea', () => {
		expect(themes.length).toBeGreaterThanOrEqual(2);
		for (const t of themes)
			for (const ground of ['--land-0', '--land-1', '--land-2', '--land-3', '--sea'])
				for (const ink of ['--ink', '--ink-soft', '--accent'])
					if (t[ink])
						expect(contrast(t[ink], t[ground]), `${ink} on ${ground}`).toBeGreaterThanOrEqual(4.5);
	});
});
