/**
 * Base geometry for the locator map, made at build time (during prerendering) from Natural
 * Earth's 1:10m countries in world-atlas: borders, coasts and land clipped to the story's bounds,
 * simplified and written as short SVG paths in the map's own units. Server-only: the browser
 * gets the paths, never d3-geo, topojson or the atlas.
 */
import { geoIdentity, geoPath } from 'd3-geo';
import type { Feature, Geometry, MultiLineString, MultiPolygon, Position } from 'geojson';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, merge, mesh } from 'topojson-client';
import type {
	GeometryCollection,
	GeometryObject,
	MultiPolygon as TopoMultiPolygon,
	Polygon as TopoPolygon,
	Topology
} from 'topojson-specification';
import { distanceToLines, polylines, type Point } from './places';
import { projectionFor, type Projection } from './project';
import type { BorderLine, Bounds, CountryLabel, MapGeometry } from './types';

type Atlas = Topology<{ countries: GeometryCollection }>;
type Country = GeometryObject;

/** A country's name in the atlas. */
function nameOf(g: Country): string {
	return (g.properties as { name?: string } | undefined)?.name ?? '';
}

/** Font size of country names, in SVG units; the component draws them at this size. */
export const COUNTRY_FONT = 13;
/** Simplification tolerance in SVG units: finer than a pixel at any size the map is shown. */
const TOLERANCE = 0.5;

let atlas: Atlas | undefined;
function loadAtlas(): Atlas {
	const require = createRequire(import.meta.url);
	atlas ??= JSON.parse(
		readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')
	) as Atlas;
	return atlas;
}

/** Douglas–Peucker simplification of a polyline (endpoints kept). */
export function simplify(line: Point[], tolerance: number): Point[] {
	if (line.length <= 2) return line;
	const keep = new Uint8Array(line.length);
	keep[0] = keep[line.length - 1] = 1;
	const stack: [number, number][] = [[0, line.length - 1]];
	while (stack.length > 0) {
		const [first, last] = stack.pop()!;
		let index = -1;
		let max = tolerance;
		const a = line[first]!;
		const b = line[last]!;
		for (let i = first + 1; i < last; i++) {
			const d = distanceToLines(line[i]!, [[a, b]]);
			if (d > max) {
				max = d;
				index = i;
			}
		}
		if (index >= 0) {
			keep[index] = 1;
			stack.push([first, index], [index, last]);
		}
	}
	return line.filter((_, i) => keep[i] === 1);
}

/** Projects and simplifies every line or ring of a geometry. */
function projectGeometry<G extends MultiLineString | MultiPolygon>(g: G, p: Projection): G {
	const line = (coords: Position[]) =>
		simplify(
			coords.map(([lon, lat]) => p.project(lon!, lat!)),
			TOLERANCE
		);
	if (g.type === 'MultiLineString') return { ...g, coordinates: g.coordinates.map(line) };
	return {
		...g,
		coordinates: (g as MultiPolygon).coordinates.map((polygon) =>
			polygon.map(line).filter((ring) => ring.length >= 4)
		)
	} as G;
}

/** SVG path data of a projected geometry, clipped to the map, one decimal place. */
function pathOf(g: MultiLineString | MultiPolygon, p: Projection): string {
	const clip = geoIdentity().clipExtent([
		[0, 0],
		[p.width, p.height]
	]);
	return geoPath(clip).digits(1)(projectGeometry(g, p)) ?? '';
}

/** The rings of a country's polygons, as [lon, lat] lists. */
function ringsOf(g: Geometry): Position[][] {
	if (g.type === 'Polygon') return g.coordinates;
	if (g.type === 'MultiPolygon') return g.coordinates.flat();
	return [];
}

/** Whether a country's rings come within `margin` degrees of the bounds (plain lon/lat box). */
function isNear(rings: Position[][], b: Bounds, margin: number): boolean {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const ring of rings)
		for (const [lon, lat] of ring) {
			w = Math.min(w, lon!);
			e = Math.max(e, lon!);
			s = Math.min(s, lat!);
			n = Math.max(n, lat!);
		}
	return (
		w <= b.east + margin && e >= b.west - margin && s <= b.north + margin && n >= b.south - margin
	);
}

/** Even–odd point-in-polygon test on projected rings. */
function insideRings(p: Point, rings: Point[][]): boolean {
	let inside = false;
	for (const ring of rings)
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i]!;
			const [xj, yj] = ring[j]!;
			if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi)
				inside = !inside;
		}
	return inside;
}

/**
 * Spots for a country's name: inside the country, inside the map, and as far as possible from
 * its borders, coasts and the story's places; the best first, then others spread apart.
 */
function labelSpots(
	name: string,
	rings: Point[][],
	p: Projection,
	lines: Point[][],
	avoid: Point[]
): CountryLabel | undefined {
	const half = (name.length * COUNTRY_FONT * 0.8) / 2;
	const steps = 32;
	const scored: { x: number; y: number; score: number }[] = [];
	for (let i = 1; i < steps; i++)
		for (let j = 1; j < steps; j++) {
			const x = (p.width * i) / steps;
			const y = (p.height * j) / steps;
			const samples: Point[] = [
				[x - half, y],
				[x, y],
				[x + half, y]
			];
			if (!samples.every((s) => insideRings(s, rings))) continue;
			const score = Math.min(
				...samples.map((s) => distanceToLines(s, lines)),
				...avoid.map(([ax, ay]) => Math.hypot(ax - x, ay - y) * 0.6)
			);
			if (score > COUNTRY_FONT / 2) scored.push({ x, y, score });
		}
	scored.sort((a, b) => b.score - a.score);
	const spots: [number, number][] = [];
	for (const s of scored) {
		if (spots.length >= 24) break;
		if (spots.every(([x, y]) => Math.hypot(x - s.x, y - s.y) > p.width / 12))
			spots.push([Math.round(s.x), Math.round(s.y)]);
	}
	return spots.length > 0 && name ? { name, spots } : undefined;
}

/**
 * The base geometry of a map of `bounds`. `avoid` are [lon, lat] points (the story's places) that
 * country names keep clear of.
 */
export function mapGeometry(
	bounds: Bounds,
	avoid: { lon: number; lat: number }[] = []
): MapGeometry {
	const p = projectionFor(bounds);
	const topo = loadAtlas();
	const countries = topo.objects.countries;
	const near = new Map<Country, Position[][]>();
	for (const g of countries.geometries) {
		const rings = ringsOf((feature(topo, g) as Feature).geometry);
		if (isNear(rings, bounds, 0.5)) near.set(g, rings);
	}

	const pairs = new Map<string, [Country, Country]>();
	mesh(topo, countries, (a, b) => {
		if (a !== b && near.has(a) && near.has(b)) {
			const [x, y] = [a, b].sort((m, n) => nameOf(m).localeCompare(nameOf(n))) as [
				Country,
				Country
			];
			pairs.set(`${nameOf(x)}|${nameOf(y)}`, [x, y]);
		}
		return false;
	});
	const borders: BorderLine[] = [];
	for (const [a, b] of pairs.values()) {
		const d = pathOf(
			mesh(topo, countries, (x, y) => (x === a && y === b) || (x === b && y === a)),
			p
		);
		if (d) borders.push({ countries: [nameOf(a), nameOf(b)], d });
	}
	const coast = pathOf(
		mesh(topo, countries, (a, b) => a === b && near.has(a)),
		p
	);
	const land = coast
		? pathOf(merge(topo, [...near.keys()] as (TopoPolygon | TopoMultiPolygon)[]), p)
		: '';

	const lines = [...borders.map((b) => b.d), coast].flatMap(polylines);
	const points = avoid.map((a) => p.project(a.lon, a.lat));
	const labels: CountryLabel[] = [];
	for (const [g, rings] of near) {
		const projected = rings.map((r) => r.map(([lon, lat]) => p.project(lon!, lat!)));
		const label = labelSpots(nameOf(g), projected, p, lines, points);
		if (label) labels.push(label);
	}
	return { bounds, width: p.width, height: p.height, land, coast, borders, countries: labels };
}

/** Bytes of path data a geometry adds to a page. */
export function pathBytes(g: MapGeometry): number {
	return [g.land, g.coast, ...g.borders.map((b) => b.d)].reduce((n, d) => n + d.length, 0);
}
