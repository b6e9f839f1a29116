/**
 * The opening's lead art, worked out at build time: the region map with one numbered mark per
 * chapter, at the place the chapter is about, labelled with the place and the chapter's dates.
 * Pure: a function of the story and the map's base geometry.
 *
 * A chapter's place is the place its title names; failing that, the place its steps name most
 * often that no other chapter has already taken (ties go to the one named first). Places too
 * vague to point at (approximate to more than `VAGUE_KM`) are never chosen.
 */
import { localeOf } from '$lib/locale';
import type { Chapter, Place, Story } from '$lib/story/schema';
import type { MapGeometry } from '$lib/map/types';
import { pathData, type Point } from '$lib/map/clip';
import { textWidth, type TextStyle } from '$lib/text/width';

/** Places known only to within more than this many km are areas, not points to mark. */
export const VAGUE_KM = 10;
/** How each kind of name is set, in SVG units: LeadMap draws them so, and the layout measures
 * them so. */
export const TYPE = {
	place: { size: 14, bold: true },
	when: { size: 14 * 0.85 },
	anchor: { size: 11 },
	country: { size: 13, bold: true, spacing: 0.12, upper: true }
} satisfies Record<string, TextStyle>;
/** From a mark label's first line (its place) to its second (its date). */
export const LABEL_LINE = TYPE.place.size * 1.15;

/** The room an orientation place takes: its dot and its name to the right. */
export function anchorBox(a: { name: string; x: number; y: number }): Box {
	return { x0: a.x - 3, y0: a.y - 7, x1: a.x + 6 + textWidth(a.name, TYPE.anchor), y1: a.y + 7 };
}
/** Radius of a chapter's numbered mark, in SVG units. */
export const MARK_RADIUS = 10;

export interface LeadMark {
	/** Chapter number, from 1. */
	number: number;
	slug: string;
	title: string;
	/** The chapter's dates in words, e.g. "June 2014". */
	when: string;
	/** The place marked. */
	place: string;
	x: number;
	y: number;
	/** Where the label sits relative to the mark. */
	label: { x: number; y: number; anchor: 'start' | 'end' | 'middle' };
	/** The room the label takes. */
	box: Box;
	/** A line from the mark to a label set further out. */
	leader?: { x1: number; y1: number; x2: number; y2: number };
}

export interface LeadMapData {
	width: number;
	height: number;
	land: string;
	coast: string;
	borders: string[];
	/** Country names, each at its best spot. */
	countries: { name: string; x: number; y: number }[];
	/** The story's orientation places (map anchors), small and unlinked. */
	anchors: { name: string; x: number; y: number }[];
	marks: LeadMark[];
}

function pointable(p: Place | undefined): p is Place {
	return p !== undefined && (p.precision === 'gazetteer' || (p.uncertaintyKm ?? 0) <= VAGUE_KM);
}

/** How often each pointable place is named in a chapter's steps, in order of first mention. */
function mentions(chapter: Chapter, places: Map<string, Place>): Map<string, number> {
	const counts = new Map<string, number>();
	for (const step of chapter.steps)
		for (const id of step.places)
			if (pointable(places.get(id))) counts.set(id, (counts.get(id) ?? 0) + 1);
	return counts;
}

/** The place each chapter is about, by slug (a chapter may have none). */
export function chapterPlaces(story: Story): Map<string, Place> {
	const places = new Map(story.places.map((p) => [p.id, p]));
	const chosen = new Map<string, Place>();
	const taken = new Set<string>();
	const named = (c: Chapter) =>
		[...mentions(c, places).keys()]
			.map((id) => places.get(id)!)
			.find((p) => [p.name, ...p.aliases].some((n) => c.title.includes(n)));
	for (const c of story.chapters) {
		const p = named(c);
		if (p && !taken.has(p.id)) {
			chosen.set(c.slug, p);
			taken.add(p.id);
		}
	}
	for (const c of story.chapters) {
		if (chosen.has(c.slug)) continue;
		let best: [string, number] | undefined;
		for (const [id, n] of mentions(c, places))
			if (!taken.has(id) && (!best || n > best[1])) best = [id, n];
		if (best) {
			chosen.set(c.slug, places.get(best[0])!);
			taken.add(best[0]);
		}
	}
	return chosen;
}

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** How far a label may move out from its mark, in SVG units, with a leader line beyond the first. */
const REACHES = [0, 16, 32, 48];
/** Directions to try, in order: right, left, above, below, then the diagonals. */
const DIRECTIONS: [number, number][] = [
	[1, 0],
	[-1, 0],
	[0, -1],
	[0, 1],
	[1, -1],
	[1, 1],
	[-1, -1],
	[-1, 1]
];

/**
 * Label positions: the nearest spot, right of the mark first, then left, above, below and the
 * diagonals, moving out step by step with a leader line, that stays inside the map and clear
 * of every mark, label and name placed so far. Orientation places' names give way when nothing
 * else fits: the caller drops those a label covers.
 */
function placeLabels(
	marks: Omit<LeadMark, 'label' | 'box'>[],
	width: number,
	height: number,
	fixed: Box[],
	yielding: Box[]
): LeadMark[] {
	const r = MARK_RADIUS;
	const placed: Box[] = [
		...fixed,
		...marks.map((m) => ({ x0: m.x - r, y0: m.y - r, x1: m.x + r, y1: m.y + r }))
	];
	const round = (n: number) => Math.round(n * 10) / 10;
	const inside = (b: Box) => b.x0 >= 2 && b.y0 >= 2 && b.x1 <= width - 2 && b.y1 <= height - 2;
	return marks.map((m) => {
		// Room besides for the halo drawn round the letters.
		const w = Math.max(textWidth(m.place, TYPE.place), textWidth(m.when, TYPE.when)) + 4;
		const h = LABEL_LINE * 2;
		const candidates = REACHES.flatMap((reach) =>
			DIRECTIONS.map(([dx, dy]) => {
				const gap = r + 4 + reach;
				// The label's side nearest the mark sits `gap` away along the direction.
				const d = dx !== 0 && dy !== 0 ? Math.SQRT1_2 : 1;
				const cx = m.x + dx * gap * d + (dx * w) / 2;
				const cy = m.y + dy * gap * d + (dy * h) / 2;
				const box = { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
				const anchor: LeadMark['label']['anchor'] = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
				const x = anchor === 'start' ? box.x0 : anchor === 'end' ? box.x1 : cx;
				// A leader from the mark's edge to the nearest point of the label's box.
				const to = {
					x: Math.min(Math.max(m.x, box.x0), box.x1),
					y: Math.min(Math.max(m.y, box.y0), box.y1)
				};
				const far = Math.hypot(to.x - m.x, to.y - m.y);
				const leader =
					reach > 0 && far > r
						? {
								x1: round(m.x + ((to.x - m.x) / far) * r),
								y1: round(m.y + ((to.y - m.y) / far) * r),
								x2: round(to.x),
								y2: round(to.y)
							}
						: undefined;
				return { box, label: { x: round(x), y: round(box.y0), anchor }, leader };
			})
		).filter((c) => inside(c.box));
		const clear = (c: (typeof candidates)[number], boxes: Box[]) =>
			boxes.every((p) => !overlaps(p, c.box));
		const pick =
			candidates.find((c) => clear(c, placed) && clear(c, yielding)) ??
			candidates.find((c) => clear(c, placed)) ??
			candidates[0];
		const box = pick?.box ?? { x0: m.x, y0: m.y, x1: m.x, y1: m.y };
		placed.push(box);
		return {
			...m,
			label: pick?.label ?? { x: m.x, y: m.y, anchor: 'middle' as const },
			box,
			...(pick?.leader ? { leader: pick.leader } : {})
		};
	});
}

/** The lead map's width in its own units; its height follows the story's bounds. */
const LEAD_WIDTH = 400;

/** The lead map: base geometry, orientation places and one mark per chapter. */
export function leadMap(story: Story, geometry: MapGeometry): LeadMapData {
	const { bounds } = geometry;
	// Linear in longitude and latitude (equirectangular), a degree of longitude shortened by the
	// cosine of the middle latitude so the map is not stretched.
	const width = LEAD_WIDTH;
	const aspect =
		(bounds.north - bounds.south) /
		((bounds.east - bounds.west) * Math.cos((((bounds.north + bounds.south) / 2) * Math.PI) / 180));
	const height = Math.round(width * aspect);
	const project = (lon: number, lat: number): [number, number] => [
		Math.round(((lon - bounds.west) / (bounds.east - bounds.west)) * width * 10) / 10,
		Math.round(((bounds.north - lat) / (bounds.north - bounds.south)) * height * 10) / 10
	];
	const within = (p: Place) =>
		p.lon >= bounds.west && p.lon <= bounds.east && p.lat >= bounds.south && p.lat <= bounds.north;
	const places = chapterPlaces(story);
	const marks = story.chapters.flatMap((c, i) => {
		const p = places.get(c.slug);
		if (!p || !within(p)) return [];
		const [x, y] = project(p.lon, p.lat);
		return [
			{
				number: i + 1,
				slug: c.slug,
				title: c.title,
				when: localeOf(story.meta.language).date(c.period),
				place: p.name,
				x,
				y
			}
		];
	});
	const marked = new Set([...places.values()].map((p) => p.id));
	const anchors = story.map.anchors
		.map((id) => story.places.find((p) => p.id === id))
		.filter((p): p is Place => p !== undefined && within(p) && !marked.has(p.id))
		.map((p) => {
			const [x, y] = project(p.lon, p.lat);
			return { name: p.name, x, y };
		});
	// Each country's name at the best of its spots that fits whole inside the map and clear of
	// the chapters' marks (names are set in spaced capitals, so wider than plain text).
	const markBoxes = marks.map((m) => ({
		x0: m.x - MARK_RADIUS,
		y0: m.y - MARK_RADIUS,
		x1: m.x + MARK_RADIUS,
		y1: m.y + MARK_RADIUS
	}));
	const toPlane = (lines: Point[][]) => lines.map((l) => l.map(([lon, lat]) => project(lon, lat)));
	// Where a country's name can go: the middle of its largest stretch of land in the map, then
	// the middles of the halves of that stretch, for a name that does not fit the first.
	const spotsOf = (rings: Point[][]): [number, number][] => {
		const boxes = toPlane(rings).map((r) => {
			const xs = r.map((p) => p[0]);
			const ys = r.map((p) => p[1]);
			return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const;
		});
		const [x0, y0, x1, y1] = [...boxes].sort(
			(a, b) => (b[2] - b[0]) * (b[3] - b[1]) - (a[2] - a[0]) * (a[3] - a[1])
		)[0] ?? [0, 0, width, height];
		const cx = (x0 + x1) / 2;
		const cy = (y0 + y1) / 2;
		return [
			[cx, cy],
			[(x0 + cx) / 2, cy],
			[(cx + x1) / 2, cy],
			[cx, (y0 + cy) / 2],
			[cx, (cy + y1) / 2]
		];
	};
	const countries = geometry.countries.flatMap((c) => {
		const spots = spotsOf(c.rings);
		const w = textWidth(c.name, TYPE.country);
		const boxAt = ([x, y]: [number, number]): Box => ({
			x0: x - w / 2,
			y0: y - TYPE.country.size,
			x1: x + w / 2,
			y1: y + 4
		});
		const fits = (b: Box) => b.x0 >= 4 && b.x1 <= width - 4 && b.y0 >= 4 && b.y1 <= height - 4;
		const spot =
			spots.find(
				(s) =>
					fits(boxAt(s)) &&
					[...markBoxes, ...anchors.map(anchorBox)].every((m) => !overlaps(m, boxAt(s)))
			) ??
			spots.find((s) => fits(boxAt(s)) && markBoxes.every((m) => !overlaps(m, boxAt(s)))) ??
			spots.find((s) => fits(boxAt(s)));
		return spot ? [{ name: c.name, x: spot[0], y: spot[1], box: boxAt(spot) }] : [];
	});
	const labelled = placeLabels(
		marks,
		width,
		height,
		countries.map((c) => c.box),
		anchors.map((a) => anchorBox(a))
	);
	return {
		width,
		height,
		land: pathData(toPlane(geometry.countries.flatMap((c) => c.rings)), true),
		coast: pathData(toPlane(geometry.coast)),
		borders: geometry.borders.map((b) => pathData(toPlane(b.lines))),
		countries: countries.map(({ name, x, y }) => ({ name, x, y })),
		// An orientation place under a chapter's label or mark gives way to it.
		anchors: anchors.filter((a) =>
			[...labelled.map((m) => m.box), ...markBoxes].every((b) => !overlaps(b, anchorBox(a)))
		),
		marks: labelled
	};
}
