import { describe, expect, it } from 'vitest';
import story from '../../stories/qalamoun';
import mini from '../fixtures/mini-story';
import { mapGeometry, pathBytes, simplify } from '$lib/map/geometry.server';
import { overlaps, placeLabels, shortName, type LabelRequest } from '$lib/map/labels';
import {
	describePlace,
	distanceToLines,
	placesLine,
	placesOfActor,
	polylines,
	roughKm,
	stepsAtPlace
} from '$lib/map/places';
import { fitView, projectionFor, radiusFor, scaleBar, viewAround } from '$lib/map/project';
import type { Place } from '$lib/story/schema';

const bounds = { west: 10, south: 40, east: 12, north: 42 };

describe('projection', () => {
	const p = projectionFor(bounds);
	it('maps the corners of the bounds to the corners of the viewBox', () => {
		expect(p.project(10, 42)).toEqual([0, 0]);
		const [x, y] = p.project(12, 40);
		expect(x).toBeCloseTo(p.width, 0);
		expect(y).toBeCloseTo(p.height, 5);
	});
	it('puts the centre in the middle and keeps km the same both ways', () => {
		const [x, y] = p.project(11, 41);
		expect(x).toBeCloseTo(p.width / 2, 0);
		expect(y).toBeCloseTo(p.height / 2, 5);
		// Width shrinks by cos(41°): the longer side is the height, 400 units.
		expect(p.height).toBe(400);
		expect(p.width).toBeCloseTo(400 * Math.cos((41 * Math.PI) / 180), 0);
		expect(p.invert(...p.project(11.3, 40.2))).toEqual([
			expect.closeTo(11.3, 9),
			expect.closeTo(40.2, 9)
		]);
		// One degree of latitude is 111.2 km.
		expect(p.kmPerUnit * (p.height / 2)).toBeCloseTo(111.2, 0);
	});
	it('gives approximate places radii in proportion to their uncertainty', () => {
		expect(radiusFor(10, p)).toBeCloseTo(2 * radiusFor(5, p), 9);
		expect(radiusFor(111.195, p)).toBeCloseTo(200, 0);
	});
	it('picks a round scale bar', () => {
		const bar = scaleBar(p);
		expect([1, 2, 5, 10, 20, 50, 100]).toContain(bar.km);
		expect(bar.length).toBeLessThanOrEqual(p.width * 0.25 + 1e-9);
		expect(bar.length).toBeGreaterThan(p.width * 0.1);
	});
	it('zooms to a cluster and fits the view into any frame', () => {
		const size = { width: 300, height: 400 };
		const view = viewAround([{ x: 150, y: 200, r: 5 }], size);
		expect(view.s).toBeCloseTo(0.3);
		expect(view.x0).toBeCloseTo(150 - 45);
		expect(viewAround([], size)).toEqual({ x0: 0, y0: 0, s: 1 });
		// A view against the edge stays inside the map.
		expect(viewAround([{ x: 0, y: 0, r: 0 }], size)).toMatchObject({ x0: 0, y0: 0 });
		const fit = fitView(view, size, { width: 600, height: 240 });
		// The cluster lands in the middle of a wide frame.
		expect(fit.k * 150 + fit.tx).toBeCloseTo(300);
		expect(fit.k * 200 + fit.ty).toBeCloseTo(120);
		expect(fitView({ x0: 0, y0: 0, s: 1 }, size, size)).toEqual({ k: 1, tx: 0, ty: 0 });
	});
});

describe('base geometry', () => {
	it('holds the story’s border in a few KB of path data', () => {
		const g = mapGeometry(story.map.bounds, story.places);
		expect(g.borders.length).toBeGreaterThan(0);
		expect(pathBytes(g)).toBeGreaterThan(200);
		expect(pathBytes(g)).toBeLessThanOrEqual(8 * 1024);
		for (const b of g.borders) expect(b.d).toMatch(/^M[\d.,LMZ-]+$/);
		// Every point lies inside the viewBox.
		for (const line of g.borders.flatMap((b) => polylines(b.d)))
			for (const [x, y] of line) {
				expect(x).toBeGreaterThanOrEqual(0);
				expect(x).toBeLessThanOrEqual(g.width);
				expect(y).toBeGreaterThanOrEqual(0);
				expect(y).toBeLessThanOrEqual(g.height);
			}
		expect(g.countries.length).toBeGreaterThan(0);
	}, 30_000);
	it('works for any bounds, inland or on a coast', () => {
		const inland = mapGeometry(mini.map.bounds, mini.places);
		expect(inland.borders).toEqual([]);
		expect(inland.coast).toBe('');
		const coast = mapGeometry({ west: 35.3, south: 33.45, east: 36.85, north: 34.35 });
		expect(coast.coast.length).toBeGreaterThan(0);
		expect(coast.land.length).toBeGreaterThan(0);
		expect(pathBytes(coast)).toBeLessThanOrEqual(8 * 1024);
	}, 30_000);
	it('simplifies a line without losing its corners', () => {
		const line: [number, number][] = [
			[0, 0],
			[1, 0.1],
			[2, 0],
			[3, 5],
			[4, 0]
		];
		expect(simplify(line, 0.5)).toEqual([
			[0, 0],
			[2, 0],
			[3, 5],
			[4, 0]
		]);
	});
});

describe('labels', () => {
	const options = { width: 200, height: 100, fontSize: 10 };
	it('never overlaps two labels or leaves the map', () => {
		const crowd: LabelRequest[] = Array.from({ length: 12 }, (_, i) => ({
			id: `p${i}`,
			x: 90 + (i % 4) * 6,
			y: 45 + Math.floor(i / 4) * 6,
			r: 2,
			text: `Place number ${i}`
		}));
		const placed = placeLabels(crowd, options);
		expect(placed.length).toBeGreaterThan(0);
		expect(placed.length).toBeLessThan(crowd.length);
		for (const [i, a] of placed.entries()) {
			expect(a.box[0]).toBeGreaterThanOrEqual(0);
			expect(a.box[2]).toBeLessThanOrEqual(200);
			for (const b of placed.slice(i + 1)) expect(overlaps(a.box, b.box)).toBe(false);
		}
		// The first (most important) always gets its label.
		expect(placed[0]!.id).toBe('p0');
	});
	it('moves a label to the left at the right edge, and shortens it when it must', () => {
		const [edge] = placeLabels([{ id: 'a', x: 190, y: 50, r: 2, text: 'Eastend' }], options);
		expect(edge!.anchor).toBe('end');
		const [short] = placeLabels(
			[{ id: 'b', x: 100, y: 8, r: 2, text: 'Long name, with a district', short: 'Long name' }],
			{ width: 180, height: 16, fontSize: 10 }
		);
		expect(short?.text).toBe('Long name');
		expect(shortName('Tfail (village)')).toBe('Tfail');
		expect(shortName('Ras Baalbek')).toBe('Ras Baalbek');
	});
	it('keeps clear of obstacles', () => {
		const placed = placeLabels([{ id: 'a', x: 100, y: 50, r: 2, text: 'Town' }], {
			...options,
			obstacles: [[103, 40, 140, 60]]
		});
		expect(placed[0]!.anchor).not.toBe('start');
	});
});

describe('places and borders', () => {
	const border = 'M0,0L10,0L10,10';
	it('reads path data and measures the distance to it', () => {
		expect(polylines('M0,0L10,0L10,10M20,20L30,30Z')).toEqual([
			[
				[0, 0],
				[10, 0],
				[10, 10]
			],
			[
				[20, 20],
				[30, 30],
				[20, 20]
			]
		]);
		const lines = polylines(border);
		expect(distanceToLines([5, 3], lines)).toBeCloseTo(3);
		expect(distanceToLines([13, 5], lines)).toBeCloseTo(3);
		expect(distanceToLines([-3, -4], lines)).toBeCloseTo(5);
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
		const text = describePlace(
			place,
			[{ countries: ['Northland', 'Southland'], d: border }],
			() => [5, 6],
			2
		);
		expect(text).toBe(
			'Exton (town, Northland) lies about 10 km from the Northland–Southland border; its location is approximate, within 3 km.'
		);
		expect(describePlace({ ...place, precision: 'gazetteer' }, [], () => [0, 0], 1)).toBe(
			'Exton (town, Northland).'
		);
		expect(
			placesLine(
				['x', 'missing', 'y'],
				new Map<string, Omit<typeof place, 'precision'> & { precision: Place['precision'] }>([
					['x', place],
					['y', { ...place, id: 'y', name: 'Wyton', precision: 'gazetteer' }]
				]) as Map<string, Place>
			)
		).toBe('Exton (approx.) · Wyton');
		expect(roughKm(0.4)).toBe('less than 1 km');
		expect(roughKm(23)).toBe('about 25 km');
	});
	it('links places with steps and actors', () => {
		const steps = [
			{ places: ['a'], claims: ['c1'], about: [] },
			{ places: ['b', 'a'], claims: [], about: ['c2'] },
			{ places: ['c'], claims: ['c2'], about: [] }
		];
		expect(stepsAtPlace({ steps }, 'a')).toEqual([0, 1]);
		expect(stepsAtPlace({ steps }, 'z')).toEqual([]);
		const claims = new Map([
			['c1', { actor: 'red' }],
			['c2', { actor: 'blue' }]
		]);
		expect(placesOfActor(steps, 'blue', claims)).toEqual(['b', 'a', 'c']);
		expect(placesOfActor(steps, 'red', claims)).toEqual(['a']);
	});
});
