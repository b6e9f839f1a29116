import { describe, expect, it } from 'vitest';
import raw from '../../stories/qalamoun';
import miniRaw from '../fixtures/mini-story';
import {
	anchorBox,
	chapterPlaces,
	leadMap,
	MARK_RADIUS,
	TYPE,
	type Box
} from '$lib/components/lead-map';
import { textWidth } from '$lib/text/width';
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
	it('keeps labels inside the map, off the marks, the names and each other', () => {
		const r = MARK_RADIUS;
		const hit = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
		const marks: Box[] = map.marks.map((m) => ({
			x0: m.x - r,
			y0: m.y - r,
			x1: m.x + r,
			y1: m.y + r
		}));
		const names = map.anchors.map((a) => anchorBox(a));
		for (const m of map.marks) {
			const { box } = m;
			// The box is the label's: its two lines, measured, from where the text is set.
			const w = Math.max(textWidth(m.place, TYPE.place), textWidth(m.when, TYPE.when));
			expect(box.x1 - box.x0).toBeGreaterThanOrEqual(w);
			const x =
				m.label.anchor === 'start'
					? box.x0
					: m.label.anchor === 'end'
						? box.x1
						: (box.x0 + box.x1) / 2;
			expect(m.label.x).toBeCloseTo(x, 0);
			expect(m.label.y).toBeCloseTo(box.y0, 0);
			expect(box.x0 >= 0 && box.y0 >= 0 && box.x1 <= map.width && box.y1 <= map.height).toBe(true);
			for (const b of marks) expect(hit(box, b), `${m.slug} label on a mark`).toBe(false);
			for (const b of names) expect(hit(box, b), `${m.slug} label on a place's name`).toBe(false);
			for (const o of map.marks)
				if (o !== m) expect(hit(box, o.box), `${m.slug} label on ${o.slug}'s`).toBe(false);
		}
	});
	it('draws a leader to a label set away from its mark', () => {
		for (const m of map.marks) {
			const away = Math.hypot(
				Math.min(Math.max(m.x, m.box.x0), m.box.x1) - m.x,
				Math.min(Math.max(m.y, m.box.y0), m.box.y1) - m.y
			);
			expect(m.leader !== undefined, m.slug).toBe(away > MARK_RADIUS + 8);
		}
	});
});
