/**
 * Label placement for the map, in the map's fixed units: each label in turn (the caller orders
 * them, most important first) takes the first spot around its mark that stays inside the frame
 * and clear of every label, mark, line and box placed so far. A side it used before comes first,
 * so a place's label keeps its side from step to step. When no spot next to the mark is free,
 * spots further out with a leader line are tried.
 */
import { segmentHitsRect, type Point } from './clip';
import { textWidth, type TextStyle } from '../text/width';

/** An axis-aligned box: left, top, right, bottom. */
export type Box = [number, number, number, number];

export function overlaps(a: Box, b: Box): boolean {
	return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/** What labels must keep clear of. */
export interface Obstacles {
	/** The frame labels stay inside. */
	frame: Box;
	/** Boxes already taken: labels, marks, the scale bar, the inset … */
	boxes: Box[];
	/** Lines a label must not sit on: borders, coasts. */
	segments: [Point, Point][];
}

export interface LabelSpec {
	id: string;
	/** The mark's centre, and how far from it a label must start. */
	x: number;
	y: number;
	r: number;
	/** Ways to write the label, best first, each a list of lines. */
	texts: string[][];
	style: TextStyle;
	/** A side used before (its position in SIDES), tried first. */
	side?: number;
	/** Whether spots further out with a leader line may be used. */
	leaders?: boolean;
	/** Whether the label may sit on a border line when nothing else is free. */
	mayCross?: boolean;
	/** Only the side used before will do (a label that may be left out rather than move). */
	onlySide?: boolean;
}

export type Anchor = 'start' | 'middle' | 'end';

export interface PlacedLabel {
	id: string;
	lines: string[];
	/** Where the first line's baseline starts, for `text-anchor`. */
	x: number;
	y: number;
	anchor: Anchor;
	/** Line height, in the map's units. */
	lineHeight: number;
	box: Box;
	side: number;
	/** A line from the mark to the label when it stands away from it. */
	leader?: [Point, Point];
}

/** Directions around a mark, in order of preference: right, left, then the diagonals, then above and below. */
export const SIDES: [number, number][] = [
	[1, 0],
	[-1, 0],
	[0.7, -0.7],
	[0.7, 0.7],
	[-0.7, -0.7],
	[-0.7, 0.7],
	[0, -1],
	[0, 1]
];
/** How much further out the leader-line spots stand, in units. */
const LEADER_STEPS = [12, 22, 34, 48, 64];
/** Room between a mark and its label. */
const GAP = 2;
/** Room around text for its halo. */
const HALO = 1.5;

/** The box of a label whose nearest point to the mark lies `d` from it in direction `dir`. */
function spot(spec: LabelSpec, lines: string[], dir: [number, number], d: number) {
	const size = spec.style.size;
	const lineHeight = size * 1.15;
	const w = Math.max(...lines.map((l) => textWidth(l, spec.style))) + 2 * HALO;
	const h = lines.length * lineHeight + HALO;
	const [dx, dy] = dir;
	const px = spec.x + dx * d;
	const py = spec.y + dy * d;
	const left = dx > 0.1 ? px : dx < -0.1 ? px - w : px - w / 2;
	const top = dy > 0.1 ? py : dy < -0.1 ? py - h : py - h / 2;
	const box: Box = [left, top, left + w, top + h];
	const anchor: Anchor = dx > 0.1 ? 'start' : dx < -0.1 ? 'end' : 'middle';
	const x = anchor === 'start' ? left + HALO : anchor === 'end' ? left + w - HALO : left + w / 2;
	// The first baseline: the font's ascent (0.93 em for DejaVu Sans) below the box's top.
	const y = top + HALO / 2 + size * 0.93 + (lineHeight - size * 1.15) / 2;
	return { box, anchor, x, y, lineHeight };
}

function inside(box: Box, frame: Box): boolean {
	return box[0] >= frame[0] && box[1] >= frame[1] && box[2] <= frame[2] && box[3] <= frame[3];
}

/** Whether a box is free of the obstacles. */
export function isClear(box: Box, o: Obstacles, crossing = false): boolean {
	if (!inside(box, o.frame)) return false;
	if (o.boxes.some((b) => overlaps(box, b))) return false;
	if (!crossing && o.segments.some(([a, b]) => segmentHitsRect(a, b, box))) return false;
	return true;
}

/** The nearest point of a box to p. */
function nearestOnBox(p: Point, b: Box): Point {
	return [Math.max(b[0], Math.min(b[2], p[0])), Math.max(b[1], Math.min(b[3], p[1]))];
}

/** The first free spot for a label, or undefined. Does not take the spot. */
export function findSpot(spec: LabelSpec, o: Obstacles): PlacedLabel | undefined {
	const order = SIDES.map((_, i) => i);
	if (spec.side !== undefined) {
		order.splice(order.indexOf(spec.side), 1);
		order.unshift(spec.side);
		if (spec.onlySide) order.length = 1;
	}
	const passes: { leader: boolean; crossing: boolean }[] = [{ leader: false, crossing: false }];
	if (spec.leaders) passes.push({ leader: true, crossing: false });
	if (spec.mayCross) passes.push({ leader: false, crossing: true });
	if (spec.mayCross && spec.leaders) passes.push({ leader: true, crossing: true });
	for (const pass of passes)
		for (const lines of spec.texts)
			for (const extra of pass.leader ? LEADER_STEPS : [0])
				for (const side of order) {
					const dir = SIDES[side]!;
					const s = spot(spec, lines, dir, spec.r + GAP + extra);
					if (!isClear(s.box, o, pass.crossing)) continue;
					const placed: PlacedLabel = { id: spec.id, lines, side, ...s };
					if (extra > 0) {
						const from: Point = [spec.x + dir[0] * spec.r, spec.y + dir[1] * spec.r];
						placed.leader = [from, nearestOnBox(from, s.box)];
					}
					return placed;
				}
	return undefined;
}

/**
 * Places labels in the order given, each taking its spot before the next looks; returns those
 * that found one. `sides` remembers each id's side and is updated.
 */
export function placeLabels(
	specs: LabelSpec[],
	o: Obstacles,
	sides: Map<string, number> = new Map()
): PlacedLabel[] {
	const placed: PlacedLabel[] = [];
	for (const spec of specs) {
		const found = findSpot({ ...spec, side: spec.side ?? sides.get(spec.id) }, o);
		if (!found) continue;
		placed.push(found);
		o.boxes.push(found.box);
		if (!sides.has(spec.id)) sides.set(spec.id, found.side);
	}
	return placed;
}
