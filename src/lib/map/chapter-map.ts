/**
 * A chapter's map, laid out once at build time: one frame (projection) per chapter, and for
 * each step (and the chapter's final state) the window it zooms to, its marks, labels, country
 * names, scale bar and the box it shows in the inset. Everything is in the map's fixed units
 * (MAP_WIDTH × MAP_HEIGHT), so the layout holds at any size the map is drawn: the page scales
 * the whole drawing. The page's script only switches between these states.
 */
import type { Index } from '$lib/story/derive';
import type { Place, Section, StoryMap } from '$lib/story/schema';
import { clipLine, clipRing, insideRings, pathData, simplify, type Point, type Rect } from './clip';
import { FONT_FAMILY, textWidth, type TextStyle } from '../text/width';
import {
	keepInside,
	planeFor,
	roundKm,
	union,
	windowAround,
	type Plane,
	type Target,
	type Window
} from './frame';
import { hitTargets } from './hits';
import { isClear, overlaps, placeLabels, type Box, type LabelSpec, type Obstacles } from './labels';
import type { Zoom } from '../contract';
import { describePlace } from './place-lines';
import { english, type Locale } from '../locale';
import { lineBreaks, shortName } from './text';
import type { GeoLayer, MapGeometry } from './types';

/** The map's fixed drawing size, in its own units (the SVG's viewBox). */
export const MAP_WIDTH = 320;
export const MAP_HEIGHT = 180;
const ASPECT = MAP_WIDTH / MAP_HEIGHT;

/** How each kind of text is set, in map units. */
export const STYLES = {
	named: { size: 11, bold: true },
	earlier: { size: 10 },
	anchor: { size: 9.5 },
	country: { size: 9, bold: true, spacing: 0.16, upper: true },
	/** A country's name where the first size finds no room. */
	countrySmall: { size: 7.5, bold: true, spacing: 0.08, upper: true },
	area: { size: 10, spacing: 0.3 },
	scale: { size: 8 },
	inset: { size: 7 }
} satisfies Record<string, TextStyle>;

/**
 * The sizes of the map's texts that are the same in every state, as style rules for the page's
 * stylesheet (ChapterMap.svelte puts them in the head), so they are written once, from STYLES.
 */
export function mapTextSheet(): string {
	const px = (n: number) => `${Math.round(n * 100) / 100}px`;
	const set = (s: TextStyle) =>
		`font-size:${px(s.size)}${s.spacing ? `;letter-spacing:${px(s.spacing * s.size)}` : ''}`;
	return (
		`.chapter-map .country{${set(STYLES.country)}}` +
		`.chapter-map .country.small{${set(STYLES.countrySmall)}}` +
		`.chapter-map .scale text{${set(STYLES.scale)}}` +
		`.chapter-map .town-label{${set(STYLES.inset)}}`
	);
}

/** Dot radii by role, and the radius of the dot at an approximate place's centre. */
export const DOT = { named: 3.5, earlier: 3, anchor: 2.5, centre: 1.8 };
/** Radius of a place's tap target, in units: 30 units is at least 24 px on a 360 px phone. */
export const HIT = 15;
/** Marks closer than this are moved apart, when their uncertainty allows it. */
export const MIN_SEPARATION = 14;
/** Places with an uncertainty larger than this (km) never pull a window out to hold all of it. */
const AREA_KM = 12;
/** Size of the inset locator, in units. */
export const INSET = { width: 72, height: 54, margin: 4 };

export type Role = 'named' | 'earlier' | 'anchor';
export type Shape = 'dot' | 'ring' | 'area';

/** A place as drawn in one state. */
export interface MapMark {
	id: string;
	name: string;
	role: Role;
	shape: Shape;
	/** Centre, in units (an area's: where its name is written). */
	x: number;
	y: number;
	/** Radius of the dot. */
	r: number;
	/** Radius of an approximate place's ring (0 for none). */
	ring: number;
	/** The tap target: a circle of this radius … */
	hitR?: number;
	/** … or this polygon. */
	hit?: string;
}

/** A label as drawn in one state. */
export interface MapLabel {
	id: string;
	role: Role;
	kind: 'place' | 'area';
	lines: string[];
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	lineHeight: number;
	size: number;
	bold: boolean;
	/** Letter spacing in units. */
	spacing: number;
	/** Path of a leader line from the mark, when the label stands away from it. */
	leader?: string;
	box: Box;
	/** Which side of its mark it stands (its position in labels.ts SIDES). */
	side?: number;
}

export interface CountryName {
	name: string;
	x: number;
	y: number;
	/** The size it was measured at: STYLES.country's, or countrySmall's where that did not fit. */
	size: number;
	/** Letter spacing in units. */
	spacing: number;
	box: Box;
}

/** What the map shows for one step (or the final state). */
export interface MapState {
	/** The step's position, or -1 for the chapter's final state. */
	step: number;
	/** The window in km, for tests and the inset. */
	window: Window;
	/** How the chapter's base layers are zoomed to this state's window. */
	zoom: Zoom;
	marks: MapMark[];
	labels: MapLabel[];
	countries: CountryName[];
	scale: { x: number; y: number; length: number; km: number; box: Box };
	/** The window's box in the inset, in units. */
	insetBox: [number, number, number, number];
}

export interface BaseLayer {
	/** Each country's land, with the number of its land tone. */
	lands: { name: string; tone: number; d: string }[];
	borders: { countries: [string, string]; d: string }[];
	coast: string;
	/** Known extents of areas, as light outlines. */
	outlines: { id: string; d: string }[];
}

export interface ChapterMap {
	width: number;
	height: number;
	fontFamily: string;
	/** The chapter's base layers, in its frame's units (the final state's). */
	base: BaseLayer;
	inset: BaseLayer & {
		x: number;
		y: number;
		width: number;
		height: number;
		towns: { name: string; x: number; y: number; label?: MapLabel }[];
	};
	/** One state per step, then the final state (at position `steps`). */
	states: MapState[];
	/** Number of steps. */
	steps: number;
	/** The places of the final state, described in words. */
	places: { id: string; text: string; named: boolean }[];
	legend: { rings?: string; areas: boolean; borders: boolean; earlier: boolean };
	title: string;
	/** Whether the map has base geometry (credit it). */
	geometry: boolean;
}

/** Whether a place is drawn as a named area rather than a point. */
function isRegion(p: Place): boolean {
	return p.kind === 'region' || (p.outline?.length ?? 0) > 0;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Places named by a list of ids, in order, known to the lookups. */
function placesOf(ids: string[], index: Index): Place[] {
	return [...new Set(ids)].map((id) => index.places.get(id)).filter((p) => p !== undefined);
}

/** What a window must hold for a set of named places. */
function targetsOf(places: Place[], plane: Plane): Target[] {
	const points = places.filter((p) => !isRegion(p) && (p.uncertaintyKm ?? 0) <= AREA_KM);
	const pointTargets = points.map((p) => {
		const [x, y] = plane.project(p.lon, p.lat);
		return { x, y, r: p.precision === 'approximate' ? (p.uncertaintyKm ?? 0) : 0.5 };
	});
	const cx = pointTargets.reduce((s, t) => s + t.x, 0) / (pointTargets.length || 1);
	const cy = pointTargets.reduce((s, t) => s + t.y, 0) / (pointTargets.length || 1);
	const areaTargets = places
		.filter((p) => !points.includes(p))
		.map((p) => {
			const [x, y] = plane.project(p.lon, p.lat);
			const r = p.uncertaintyKm ?? AREA_KM;
			if (pointTargets.length === 0) return { x, y, r: Math.min(r, AREA_KM) };
			// The part of the area nearest the other places is enough to show it.
			const d = Math.hypot(cx - x, cy - y);
			const t = d > 0 ? Math.min(d, r * 0.6) / d : 0;
			return { x: x + (cx - x) * t, y: y + (cy - y) * t, r: 0 };
		});
	return [...pointTargets, ...areaTargets];
}

/** The nearest point on any of the lines to p. */
function nearestOnLines(p: Point, lines: Point[][]): Point | undefined {
	let best: Point | undefined;
	let bestD = Infinity;
	for (const line of lines)
		for (let i = 1; i < line.length; i++) {
			const a = line[i - 1]!;
			const b = line[i]!;
			const dx = b[0] - a[0];
			const dy = b[1] - a[1];
			const l2 = dx * dx + dy * dy;
			const t =
				l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2));
			const q: Point = [a[0] + t * dx, a[1] + t * dy];
			const d = Math.hypot(q[0] - p[0], q[1] - p[1]);
			if (d < bestD) [best, bestD] = [q, d];
		}
	return best;
}

/** Adds the nearest border and some land beyond it, so both countries are in every frame. */
function withBorder(targets: Target[], borderKm: Point[][]): Target[] {
	if (targets.length === 0 || borderKm.length === 0) return targets;
	const c: Point = [
		targets.reduce((s, t) => s + t.x, 0) / targets.length,
		targets.reduce((s, t) => s + t.y, 0) / targets.length
	];
	const b = nearestOnLines(c, borderKm);
	if (!b) return targets;
	const d = Math.hypot(b[0] - c[0], b[1] - c[1]) || 1;
	const beyond = 5;
	return [
		...targets,
		{ x: b[0], y: b[1], r: 0 },
		{ x: b[0] + ((b[0] - c[0]) / d) * beyond, y: b[1] + ((b[1] - c[1]) / d) * beyond, r: 0 }
	];
}

/** Lines of lon/lat projected by `f`, clipped to `rect` and simplified. */
function drawLines(lines: Point[][], f: (p: Point) => Point, rect: Rect, tolerance: number) {
	return lines
		.flatMap((l) => clipLine(l.map(f), rect))
		.map((l) => simplify(l, tolerance))
		.filter((l) => l.length > 1);
}

function drawRings(rings: Point[][], f: (p: Point) => Point, tolerance: number) {
	return rings.map((r) => simplify(r.map(f), tolerance)).filter((r) => r.length >= 3);
}

/** A layer of geometry drawn in units by `f`. */
function baseLayer(
	layer: GeoLayer,
	f: (p: Point) => Point,
	rect: Rect,
	tolerance: number,
	tones: string[]
) {
	const lands = layer.countries
		.map((c) => ({
			name: c.name,
			tone: Math.max(0, tones.indexOf(c.name)),
			rings: drawRings(
				c.rings.map((r) => clipRing(r.map(f), rect)),
				(p) => p,
				tolerance
			)
		}))
		.filter((c) => c.rings.length > 0);
	const borders = layer.borders
		.map((b) => ({ countries: b.countries, lines: drawLines(b.lines, f, rect, tolerance) }))
		.filter((b) => b.lines.length > 0);
	const coast = drawLines(layer.coast, f, rect, tolerance);
	return { lands, borders, coast };
}

/** Segments of lines after a transform, clipped to the frame. */
function segmentsOf(lines: Point[][], f: (p: Point) => Point, frame: Rect): [Point, Point][] {
	const out: [Point, Point][] = [];
	for (const line of lines)
		for (const part of clipLine(line.map(f), frame))
			for (let i = 1; i < part.length; i++) out.push([part[i - 1]!, part[i]!]);
	return out;
}

const cache = new WeakMap<Section, Map<MapGeometry | undefined, ChapterMap>>();

/** The map of a section: one state per step and its final state. Cached per section. */
export function chapterMapOf(
	section: Pick<Section, 'steps'>,
	index: Index,
	storyMap: StoryMap,
	geometry?: MapGeometry,
	locale: Locale = english
): ChapterMap {
	const bySection = cache.get(section as Section) ?? new Map();
	cache.set(section as Section, bySection);
	const hit = bySection.get(geometry);
	if (hit) return hit;
	const made = buildChapterMap(section, index, storyMap, geometry, locale);
	bySection.set(geometry, made);
	return made;
}

function buildChapterMap(
	section: Pick<Section, 'steps'>,
	index: Index,
	storyMap: StoryMap,
	geometry: MapGeometry | undefined,
	locale: Locale
): ChapterMap {
	const W = MAP_WIDTH;
	const H = MAP_HEIGHT;
	const plane = planeFor(storyMap.bounds);
	const km = (p: Point) => plane.project(p[0], p[1]);
	const geoBounds = geometry?.bounds ?? storyMap.bounds;
	const [gx0, gy0] = plane.project(geoBounds.west, geoBounds.north);
	const [gx1, gy1] = plane.project(geoBounds.east, geoBounds.south);
	const within: Window = { x: gx0, y: gy0, w: gx1 - gx0, h: gy1 - gy0 };
	const borderKm = (geometry?.borders ?? []).flatMap((b) => b.lines.map((l) => l.map(km)));

	const sectionPlaces = placesOf(
		section.steps.flatMap((s) => s.places),
		index
	);
	const anchors = placesOf(storyMap.anchors, index);
	const stepCount = section.steps.length;
	// Per state: the places it names and the earlier ones. The last is the final state.
	const stateSpecs = [
		...section.steps.map((s, i) => {
			const named = placesOf(s.places, index);
			const earlier = placesOf(
				section.steps.slice(0, i).flatMap((x) => x.places),
				index
			).filter((p) => !named.includes(p));
			return { step: i, named, earlier };
		}),
		{ step: -1, named: sectionPlaces, earlier: [] as Place[] }
	];

	const windowOf = (named: Place[]) =>
		windowAround(withBorder(targetsOf(named, plane), borderKm), { aspect: ASPECT, within });
	const stepWindows = stateSpecs.slice(0, -1).map((s) => windowOf(s.named));
	const frame = keepInside(union([...stepWindows, windowOf(sectionPlaces)], ASPECT), within);
	// Steps about no place show the whole frame.
	const windows = [
		...stepWindows.map((w, i) => (stateSpecs[i]!.named.length > 0 ? keepInside(w, frame) : frame)),
		frame
	];

	// The chapter's base layers, in frame units (the final state's).
	const s = W / frame.w;
	const toUnits = (p: Point): Point => {
		const [x, y] = km(p);
		return [(x - frame.x) * s, (y - frame.y) * s];
	};
	const maxZoom = Math.max(...windows.map((w) => frame.w / w.w));
	const tolerance = 0.35 / maxZoom;
	const rect: Rect = [-4, -4, W + 4, H + 4];
	const tones = (geometry?.countries ?? []).map((c) => c.name);
	const base = geometry
		? baseLayer(geometry, toUnits, rect, tolerance, tones)
		: { lands: [], borders: [], coast: [] };
	const linesInUnits = [...base.borders.flatMap((b) => b.lines), ...base.coast];
	const outlines = sectionPlaces
		.filter((p) => (p.outline?.length ?? 0) > 0)
		.map((p) => ({ id: p.id, d: pathData([p.outline!.map(toUnits)], true) }));

	// The inset: the wider area, its window centred on the story's.
	const insetLayer = geometry?.inset;
	const [ix0, iy0] = insetLayer
		? plane.project(insetLayer.bounds.west, insetLayer.bounds.north)
		: [0, 0];
	const [ix1, iy1] = insetLayer
		? plane.project(insetLayer.bounds.east, insetLayer.bounds.south)
		: [0, 0];
	const insetAspect = INSET.width / INSET.height;
	const insetWindow = keepInside(
		{
			x: (ix0 + ix1) / 2 - (ix1 - ix0) / 2,
			y: (iy0 + iy1) / 2 - (ix1 - ix0) / insetAspect / 2,
			w: ix1 - ix0,
			h: (ix1 - ix0) / insetAspect
		},
		{ x: ix0, y: iy0, w: ix1 - ix0, h: iy1 - iy0 }
	);
	const si = INSET.width / insetWindow.w;
	const kmToInset = ([x, y]: Point): Point => [(x - insetWindow.x) * si, (y - insetWindow.y) * si];
	const toInset = (p: Point): Point => kmToInset(km(p));

	// Fixed-unit positions of a place in a window.
	const inWindow = (w: Window) => {
		const k = W / w.w;
		return (p: Point): Point => {
			const [x, y] = km(p);
			return [(x - w.x) * k, (y - w.y) * k];
		};
	};

	// The inset goes in the corner the chapter's named places crowd least.
	const corners: [number, number][] = [
		[W - INSET.width - INSET.margin, INSET.margin],
		[INSET.margin, INSET.margin],
		[W - INSET.width - INSET.margin, H - INSET.height - INSET.margin],
		[INSET.margin, H - INSET.height - INSET.margin]
	];
	const crowding = corners.map(([cx, cy]) => {
		let n = 0;
		stateSpecs.forEach((spec, i) => {
			const f = inWindow(windows[i]!);
			for (const p of spec.named) {
				const [x, y] = f([p.lon, p.lat]);
				if (x > cx - 40 && x < cx + INSET.width + 40 && y > cy - 12 && y < cy + INSET.height + 12)
					n += 1;
			}
		});
		return n;
	});
	const corner = corners[crowding.indexOf(Math.min(...crowding))]!;
	const insetBox: Box = [corner[0], corner[1], corner[0] + INSET.width, corner[1] + INSET.height];

	const layOut = (sides: Map<string, number>) =>
		stateSpecs.map((spec, i) =>
			layOutState(spec, windows[i]!, frame, {
				inWindow,
				toUnits,
				linesInUnits,
				lands: base.lands,
				anchors,
				insetBox: geometry ? insetBox : undefined,
				sides,
				kmToInset,
				insetCorner: corner
			})
		);
	// Twice: the second time each place's label tries first the side it took most often.
	const tally = new Map<string, number[]>();
	for (const state of layOut(new Map()))
		for (const label of state.labels) {
			const counts = tally.get(label.id) ?? [];
			counts[label.side ?? 0] = (counts[label.side ?? 0] ?? 0) + 1;
			tally.set(label.id, counts);
		}
	const preferred = new Map(
		[...tally].map(([id, counts]) => {
			let best = 0;
			counts.forEach((n, side) => {
				if (n > (counts[best] ?? 0)) best = side;
			});
			return [id, best];
		})
	);
	const states: MapState[] = layOut(preferred);

	// The inset's towns: the anchors beyond the story's own area (the wider setting), else all
	// of them; labelled where there is room, farthest first.
	const b = storyMap.bounds;
	const beyond = anchors.filter(
		(p) => p.lon < b.west || p.lon > b.east || p.lat < b.south || p.lat > b.north
	);
	const insetTowns = (beyond.length > 0 ? beyond : anchors)
		.map((p) => ({ p, at: toInset([p.lon, p.lat]) }))
		.filter(({ at: [x, y] }) => x >= 2 && x <= INSET.width - 2 && y >= 2 && y <= INSET.height - 2);
	const insetObstacles: Obstacles = {
		frame: [1, 1, INSET.width - 1, INSET.height - 1],
		boxes: [
			...insetTowns.map(({ at: [x, y] }) => [x - 2, y - 2, x + 2, y + 2] as Box),
			// Names keep clear of every frame's box.
			...states.map(({ insetBox: [x, y, w, h] }) => {
				const [x0, y0] = [x - corner[0], y - corner[1]];
				return [x0 - 1, y0 - 1, x0 + w + 1, y0 + h + 1] as Box;
			})
		],
		segments: []
	};
	const centre = [INSET.width / 2, INSET.height / 2];
	const farFirst = [...insetTowns].sort(
		(a, b) =>
			Math.hypot(b.at[0] - centre[0]!, b.at[1] - centre[1]!) -
			Math.hypot(a.at[0] - centre[0]!, a.at[1] - centre[1]!)
	);
	const insetLabels = placeLabels(
		farFirst.map(({ p, at }) => ({
			id: p.id,
			x: at[0],
			y: at[1],
			r: 1.5,
			texts: [[p.name]],
			style: STYLES.inset
		})),
		insetObstacles
	);
	const insetBase = insetLayer
		? baseLayer(insetLayer, toInset, [-2, -2, INSET.width + 2, INSET.height + 2], 0.3, tones)
		: { lands: [], borders: [], coast: [] };

	const finalState = states[states.length - 1]!;
	const finalPlaces = [...sectionPlaces, ...anchors.filter((a) => !sectionPlaces.includes(a))];
	const bordersKmD = (geometry?.borders ?? []).map((b) => ({
		countries: b.countries,
		d: pathData(b.lines.map((l) => l.map(km)))
	}));
	const drawnIds = new Set(finalState.marks.map((m) => m.id));
	const ringKms = [
		...new Set(
			states.flatMap((st) =>
				st.marks
					.filter((m) => m.shape === 'ring')
					.map((m) => index.places.get(m.id)?.uncertaintyKm ?? 0)
			)
		)
	].sort((a, b) => a - b);
	const countryNames = [...new Set(states.flatMap((st) => st.countries.map((c) => c.name)))];

	return {
		width: W,
		height: H,
		fontFamily: FONT_FAMILY,
		base: {
			lands: base.lands.map((l) => ({ name: l.name, tone: l.tone, d: pathData(l.rings, true) })),
			borders: base.borders.map((b) => ({ countries: b.countries, d: pathData(b.lines) })),
			coast: pathData(base.coast),
			outlines
		},
		inset: {
			x: corner[0],
			y: corner[1],
			width: INSET.width,
			height: INSET.height,
			lands: insetBase.lands.map((l) => ({
				name: l.name,
				tone: l.tone,
				d: pathData(l.rings, true)
			})),
			borders: insetBase.borders.map((b) => ({ countries: b.countries, d: pathData(b.lines) })),
			coast: pathData(insetBase.coast),
			outlines: [],
			towns: insetTowns.map(({ p, at }) => {
				const placed = insetLabels.find((l) => l.id === p.id);
				return {
					name: p.name,
					x: r1(at[0]),
					y: r1(at[1]),
					label: placed ? labelOf(placed, 'anchor', 'place', STYLES.inset) : undefined
				};
			})
		},
		states,
		steps: stepCount,
		places: finalPlaces
			.filter((p) => drawnIds.has(p.id) || sectionPlaces.includes(p))
			.map((p) => ({
				id: p.id,
				named: sectionPlaces.includes(p),
				text: describePlace(p, bordersKmD, plane.project, 1, locale)
			})),
		legend: {
			rings:
				ringKms.length === 0
					? undefined
					: ringKms.length === 1
						? `${ringKms[0]}`
						: `${ringKms[0]}–${ringKms[ringKms.length - 1]}`,
			areas: states.some((st) => st.marks.some((m) => m.shape === 'area')),
			borders: base.borders.length > 0,
			earlier: states.some((st) => st.marks.some((m) => m.role === 'earlier'))
		},
		title: locale.words.mapTitle(sectionPlaces.length, locale.list(countryNames)),
		geometry: !!geometry
	};
}

function labelOf(
	placed: ReturnType<typeof placeLabels>[number],
	role: Role,
	kind: 'place' | 'area',
	style: TextStyle
): MapLabel {
	return {
		id: placed.id,
		role,
		kind,
		lines: placed.lines,
		x: r1(placed.x),
		y: r1(placed.y),
		anchor: placed.anchor,
		lineHeight: r1(placed.lineHeight),
		size: style.size,
		bold: !!style.bold,
		spacing: r1((style.spacing ?? 0) * style.size * 100) / 100,
		leader: placed.leader ? pathData([placed.leader]) : undefined,
		box: placed.box.map(r1) as Box,
		side: placed.side
	};
}

interface StateContext {
	inWindow: (w: Window) => (p: Point) => Point;
	toUnits: (p: Point) => Point;
	/** Borders and coasts in frame units. */
	linesInUnits: Point[][];
	lands: { name: string; rings: Point[][] }[];
	anchors: Place[];
	insetBox?: Box;
	sides: Map<string, number>;
	/** A point in km to inset units. */
	kmToInset: (p: Point) => Point;
	insetCorner: [number, number];
}

function layOutState(
	spec: { step: number; named: Place[]; earlier: Place[] },
	win: Window,
	frame: Window,
	ctx: StateContext
): MapState {
	const W = MAP_WIDTH;
	const H = MAP_HEIGHT;
	const f = ctx.inWindow(win);
	const k = frame.w / win.w;
	const s = W / frame.w;
	const tx = -(win.x - frame.x) * s * k;
	const ty = -(win.y - frame.y) * s * k;
	const fromUnits = (p: Point): Point => [p[0] * k + tx, p[1] * k + ty];
	const unitsPerKm = W / win.w;
	const frameRect: Rect = [0, 0, W, H];

	// Which places are drawn, most important first, each once.
	const seen = new Set<string>();
	const candidates: { place: Place; role: Role }[] = [];
	for (const [list, role] of [
		[spec.named, 'named'],
		[spec.earlier, 'earlier'],
		[ctx.anchors, 'anchor']
	] as [Place[], Role][])
		for (const place of list)
			if (!seen.has(place.id)) {
				seen.add(place.id);
				candidates.push({ place, role });
			}

	const marks: (MapMark & { place: Place })[] = [];
	for (const { place, role } of candidates) {
		const [x, y] = f([place.lon, place.lat]);
		const ring = place.precision === 'approximate' ? (place.uncertaintyKm ?? 0) * unitsPerKm : 0;
		const area = isRegion(place) || ring > H / 2;
		if (area) {
			if (role === 'anchor') continue;
			// Drawn if its extent reaches into the frame; its name goes where the two overlap.
			const r = Math.max(ring, 1);
			const cx = Math.max(0, Math.min(W, x));
			const cy = Math.max(0, Math.min(H, y));
			if (Math.hypot(cx - x, cy - y) > r) continue;
			const ax = Math.max(
				W * 0.2,
				Math.min(W * 0.8, (Math.max(0, x - r) + Math.min(W, x + r)) / 2)
			);
			const ay = Math.max(
				H * 0.2,
				Math.min(H * 0.8, (Math.max(0, y - r) + Math.min(H, y + r)) / 2)
			);
			marks.push({
				place,
				id: place.id,
				name: place.name,
				role,
				shape: 'area',
				x: ax,
				y: ay,
				r: 0,
				ring: r
			});
			continue;
		}
		if (x < 3 || x > W - 3 || y < 3 || y > H - 3) continue;
		const shape: Shape = ring > DOT.named ? 'ring' : 'dot';
		const r = shape === 'ring' ? DOT.centre : DOT[role];
		marks.push({
			place,
			id: place.id,
			name: place.name,
			role,
			shape,
			x,
			y,
			r,
			ring: shape === 'ring' ? ring : 0
		});
	}

	// Marks on top of one another move apart, as far as their uncertainty allows; a lesser mark
	// that cannot move off a more important one is left out.
	// Known places hold their spots; approximate ones move around them.
	const points = [
		...marks.filter((m) => m.shape !== 'area' && m.ring === 0),
		...marks.filter((m) => m.shape !== 'area' && m.ring > 0)
	];
	const placedPts: (typeof points)[number][] = [];
	const dropped = new Set<string>();
	for (const m of points) {
		const clash = (x: number, y: number) =>
			placedPts.some((o) => Math.hypot(o.x - x, o.y - y) < MIN_SEPARATION);
		if (clash(m.x, m.y)) {
			let moved = false;
			if (m.ring > 0)
				for (const d of [MIN_SEPARATION, MIN_SEPARATION * 1.5, MIN_SEPARATION * 2]) {
					if (d > Math.max(m.ring, MIN_SEPARATION)) break;
					for (let a = 0; a < 8 && !moved; a++) {
						const t = (a * Math.PI) / 4 + Math.PI / 8;
						const x = m.x + d * Math.cos(t);
						const y = m.y + d * Math.sin(t);
						if (x < 4 || x > W - 4 || y < 4 || y > H - 4 || clash(x, y)) continue;
						m.x = x;
						m.y = y;
						moved = true;
					}
					if (moved) break;
				}
			if (
				!moved &&
				m.role !== 'named' &&
				placedPts.some((o) => Math.hypot(o.x - m.x, o.y - m.y) < 6)
			) {
				dropped.add(m.id);
				continue;
			}
		}
		placedPts.push(m);
	}
	const drawn = marks.filter((m) => !dropped.has(m.id));

	// Borders and coasts in this state's units.
	const segments = segmentsOf(ctx.linesInUnits, fromUnits, frameRect);
	const boxes: Box[] = drawn
		.filter((m) => m.shape !== 'area')
		.map((m) => [m.x - m.r - 1, m.y - m.r - 1, m.x + m.r + 1, m.y + m.r + 1]);
	if (ctx.insetBox)
		boxes.push([
			ctx.insetBox[0] - 2,
			ctx.insetBox[1] - 2,
			ctx.insetBox[2] + 2,
			ctx.insetBox[3] + 2
		]);
	const obstacles: Obstacles = { frame: [1, 1, W - 1, H - 1], boxes, segments };

	const labels: MapLabel[] = [];
	const pointSpec = (m: MapMark, style: TextStyle, leaders: boolean): LabelSpec => ({
		id: m.id,
		x: m.x,
		y: m.y,
		r: m.r,
		texts: [
			...lineBreaks(m.name),
			...(shortName(m.name) !== m.name ? lineBreaks(shortName(m.name)) : [])
		],
		style,
		leaders,
		mayCross: leaders,
		// Only the step's own places must be labelled; others keep their side or go unlabelled.
		onlySide: !leaders
	});
	const addPoints = (role: Role, style: TextStyle, leaders: boolean) => {
		const specs = drawn
			.filter((m) => m.role === role && m.shape !== 'area')
			.map((m) => pointSpec(m, style, leaders));
		for (const p of placeLabels(specs, obstacles, ctx.sides))
			labels.push(labelOf(p, role, 'place', style));
	};
	const addAreas = (role: Role, crossing: boolean) => {
		for (const m of drawn.filter((x) => x.role === role && x.shape === 'area')) {
			const label = areaLabel(m, obstacles, crossing);
			if (!label) continue;
			labels.push({ ...label, role });
			obstacles.boxes.push(label.box);
			m.x = (label.box[0] + label.box[2]) / 2;
			m.y = (label.box[1] + label.box[3]) / 2;
		}
	};

	addPoints('named', STYLES.named, true);
	addAreas('named', true);

	// Country names: every country with land in the frame.
	const countries: CountryName[] = [];
	for (const land of ctx.lands) {
		const rings = land.rings.map((r) => r.map(fromUnits));
		const xs = rings.flat().map((p) => p[0]);
		const ys = rings.flat().map((p) => p[1]);
		if (Math.max(...xs) < 0 || Math.min(...xs) > W || Math.max(...ys) < 0 || Math.min(...ys) > H)
			continue;
		const name = countryName(land.name, rings, obstacles, drawn);
		if (name) {
			countries.push(name);
			obstacles.boxes.push(name.box);
		}
	}

	const scale = scaleBar(unitsPerKm, obstacles);
	obstacles.boxes.push(scale.box);

	addPoints('earlier', STYLES.earlier, false);
	addAreas('earlier', false);
	addPoints('anchor', STYLES.anchor, false);

	// A lesser place whose name found no room is left out too: a dot without a name tells the
	// reader nothing (the step's own places always keep theirs).
	const labelled = new Set(labels.map((l) => l.id));
	const kept = drawn.filter((m) => m.role === 'named' || m.shape === 'area' || labelled.has(m.id));

	// Tap targets, cut where they meet.
	const centres: Point[] = kept.map((m) => [m.x, m.y]);
	const hits = hitTargets(centres, HIT);
	const out: MapMark[] = kept.map((m, i) => {
		const h = hits[i]!;
		return {
			id: m.id,
			name: m.name,
			role: m.role,
			shape: m.shape,
			x: r1(m.x),
			y: r1(m.y),
			r: m.r,
			ring: r1(m.ring),
			hitR: h.r,
			hit: h.points ? pathData([h.points], true, 0) : undefined
		};
	});

	// The window in the inset.
	const [bx0, by0] = ctx.kmToInset([win.x, win.y]);
	const [bx1, by1] = ctx.kmToInset([win.x + win.w, win.y + win.h]);
	const clampX = (v: number) => Math.max(0, Math.min(INSET.width, v));
	const clampY = (v: number) => Math.max(0, Math.min(INSET.height, v));
	const ix0 = clampX(bx0);
	const iy0 = clampY(by0);
	const insetBox: [number, number, number, number] = [
		r1(ctx.insetCorner[0] + ix0),
		r1(ctx.insetCorner[1] + iy0),
		r1(Math.max(1.5, clampX(bx1) - ix0)),
		r1(Math.max(1.5, clampY(by1) - iy0))
	];

	return {
		step: spec.step,
		window: win,
		zoom: { tx: r1(tx), ty: r1(ty), k: Math.round(k * 1000) / 1000 },
		marks: out,
		labels,
		countries,
		scale,
		insetBox
	};
}

/** A region's name set across its extent, letter-spaced to its width, clear of other labels. */
function areaLabel(
	m: MapMark,
	o: Obstacles,
	crossing: boolean
): Omit<MapLabel, 'role'> | undefined {
	const W = MAP_WIDTH;
	const H = MAP_HEIGHT;
	const base = STYLES.area;
	const plain = textWidth(m.name, { ...base, spacing: 0 });
	const target = Math.min(2 * m.ring * 0.8, W * 0.6);
	const em = Math.max(0.05, Math.min(0.5, (target - plain) / (m.name.length * base.size)));
	for (const spacing of [em, em / 2, 0.05]) {
		const style = { ...base, spacing };
		const w = textWidth(m.name, style) + 3;
		const h = base.size * 1.3;
		for (const dy of [0, -14, 14, -28, 28, -42, 42])
			for (const dx of [0, -30, 30, -60, 60]) {
				const cx = Math.max(w / 2 + 2, Math.min(W - w / 2 - 2, m.x + dx));
				const cy = Math.max(h / 2 + 2, Math.min(H - h / 2 - 2, m.y + dy));
				const box: Box = [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
				if (!isClear(box, o, crossing)) continue;
				return {
					id: m.id,
					kind: 'area',
					lines: [m.name],
					x: r1(cx),
					y: r1(cy + base.size * 0.35),
					anchor: 'middle',
					lineHeight: base.size,
					size: base.size,
					bold: false,
					spacing: r1(spacing * base.size * 100) / 100,
					box: box.map(r1) as Box
				};
			}
	}
	return undefined;
}

/** A country's name inside its land in the frame, away from borders and marks. */
function countryName(
	name: string,
	rings: Point[][],
	o: Obstacles,
	marks: MapMark[]
): CountryName | undefined {
	const W = MAP_WIDTH;
	const H = MAP_HEIGHT;
	for (const style of [STYLES.country, STYLES.countrySmall]) {
		const w = textWidth(name, style) + 3;
		const h = style.size * 1.3;
		let best: { score: number; box: Box; x: number; y: number } | undefined;
		for (let cy = h / 2 + 2; cy <= H - h / 2 - 2; cy += 8)
			for (let cx = w / 2 + 2; cx <= W - w / 2 - 2; cx += 10) {
				const box: Box = [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
				if (o.boxes.some((b) => overlaps(box, b))) continue;
				const samples: Point[] = [
					[box[0], box[1]],
					[box[2], box[1]],
					[box[0], box[3]],
					[box[2], box[3]],
					[cx, cy]
				];
				if (!samples.every((p) => insideRings(p, rings))) continue;
				if (!isClear(box, o)) continue;
				let score = 40;
				for (const [a, b] of o.segments) {
					const d = distanceToSegment([cx, cy], a, b);
					if (d < score) score = d;
				}
				for (const m of marks) score = Math.min(score, Math.hypot(m.x - cx, m.y - cy) * 0.5 + 10);
				if (!best || score > best.score) best = { score, box, x: cx, y: cy };
			}
		if (best)
			return {
				name,
				x: r1(best.x),
				y: r1(best.y + style.size * 0.35),
				size: style.size,
				spacing: r1(style.spacing * style.size * 100) / 100,
				box: best.box.map(r1) as Box
			};
	}
	return undefined;
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const l2 = dx * dx + dy * dy;
	const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2));
	return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** A round-numbered scale bar in a free spot along the bottom (else the top) of the frame. */
function scaleBar(unitsPerKm: number, o: Obstacles): MapState['scale'] {
	const W = MAP_WIDTH;
	const H = MAP_HEIGHT;
	const kmTarget = (W * 0.18) / unitsPerKm;
	const kmBar = roundKm(kmTarget);
	const length = kmBar * unitsPerKm;
	const text = `${kmBar} km`;
	const w = Math.max(length, textWidth(text, STYLES.scale)) + 4;
	const h = STYLES.scale.size + 7;
	const xs = [
		4,
		W - 4 - w,
		...Array.from({ length: 8 }, (_, i) => 4 + ((W - 8 - w) * (i + 1)) / 9)
	];
	for (const y of [H - 4 - h, 4])
		for (const x of xs) {
			const box: Box = [x, y, x + w, y + h];
			if (isClear(box, o))
				return {
					x: r1(x + 2),
					y: r1(y + h - 2),
					length: r1(length),
					km: kmBar,
					box: box.map(r1) as Box
				};
		}
	const box: Box = [4, H - 4 - h, 4 + w, H - 4];
	return { x: 6, y: H - 6, length: r1(length), km: kmBar, box };
}
