import { describe, expect, it } from 'vitest';
import raw from '../../stories/qalamoun';
import miniRaw from '../fixtures/mini-story';
import { chapterPlaces, leadMap, MARK_RADIUS, type Box } from '$lib/components/lead-map';
import { validateStory, type Story } from '$lib/story';
import type { MapGeometry } from '$lib/map/types';

function valid(input: unknown): Story {
	const r = validateStory(input);
	if (!r.ok) throw new Error('fixture story is invalid');
	return r.story;
}

/** Base geometry with no land drawn, for the story's bounds (the marks need only the box). */
function blank(story: Story): MapGeometry {
	const layer = { bounds: story.map.bounds, countries: [], borders: [], coast: [] };
	return { ...layer, inset: layer };
}

describe('chapterPlaces', () => {
	const story = valid(raw);
	const places = chapterPlaces(story);
	it('gives every chapter a place of its own', () => {
		const ids = story.chapters.map((c) => places.get(c.slug)?.id);
		expect(ids.every((id) => id !== undefined)).toBe(true);
		expect(new Set(ids).size).toBe(ids.length);
	});
	it('prefers the place a chapter’s title names', () => {
		for (const c of story.chapters) {
			const named = story.places.find((p) => c.title.includes(p.name));
			if (named) expect(places.get(c.slug)?.id).toBe(named.id);
		}
	});
	it('never marks a place known only to within more than 10 km', () => {
		for (const p of places.values())
			expect(p.precision === 'gazetteer' || (p.uncertaintyKm ?? 0) <= 10).toBe(true);
	});
	it('works for another story', () => {
		const mini = valid(miniRaw);
		expect(chapterPlaces(mini).size).toBeGreaterThan(0);
	});
});

describe('leadMap', () => {
	const story = valid(raw);
	const map = leadMap(story, blank(story));
	it('has one numbered, dated mark per chapter, inside the map, linking to it', () => {
		expect(map.marks.map((m) => m.slug)).toEqual(story.chapters.map((c) => c.slug));
		for (const m of map.marks) {
			expect(m.x).toBeGreaterThanOrEqual(0);
			expect(m.x).toBeLessThanOrEqual(map.width);
			expect(m.y).toBeGreaterThanOrEqual(0);
			expect(m.y).toBeLessThanOrEqual(map.height);
			expect(m.when).toMatch(/\d{4}/);
		}
		expect(map.marks.map((m) => m.number)).toEqual(story.chapters.map((_, i) => i + 1));
	});
	it('places the marks where the base geometry would (linear in lon and lat)', () => {
		const tfail = map.marks[0]!;
		const place = chapterPlaces(story).get(tfail.slug)!;
		const { west, east, north, south } = story.map.bounds;
		expect(tfail.x).toBeCloseTo(((place.lon - west) / (east - west)) * map.width, 0);
		expect(tfail.y).toBeCloseTo(((north - place.lat) / (north - south)) * map.height, 0);
	});
	it('keeps labels off the marks and off each other', () => {
		const r = MARK_RADIUS;
		const boxes: Box[] = map.marks.map((m) => ({
			x0: m.x - r,
			y0: m.y - r,
			x1: m.x + r,
			y1: m.y + r
		}));
		const labelBox = (m: (typeof map.marks)[number]): Box => {
			const w = 80;
			const x0 =
				m.label.anchor === 'start'
					? m.label.x
					: m.label.anchor === 'end'
						? m.label.x - w
						: m.label.x - w / 2;
			return { x0, y0: m.label.y, x1: x0 + w, y1: m.label.y + 30 };
		};
		const hit = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
		for (const m of map.marks) {
			const own = labelBox(m);
			for (const b of boxes) expect(hit(own, b), `${m.slug} label on a mark`).toBe(false);
		}
	});
});
