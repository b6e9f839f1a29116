/**
 * Greedy label placement: each place in turn (most important first) takes the first spot around
 * its marker where its label stays inside the map and clear of every label and marker placed so
 * far; failing that it tries a shorter name, and failing that goes unlabelled (the list under
 * the map still names it).
 */

/** An axis-aligned box: left, top, right, bottom. */
export type Box = [number, number, number, number];

export interface LabelRequest {
	id: string;
	/** Marker centre and radius, in SVG units. */
	x: number;
	y: number;
	r: number;
	/** The full label and a shorter one to fall back on. */
	text: string;
	short?: string;
	/** Larger font for emphasised labels, in SVG units; defaults to the options' fontSize. */
	fontSize?: number;
}

export interface PlacedLabel {
	id: string;
	text: string;
	/** Baseline start point for `text-anchor`. */
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	box: Box;
}

export interface LabelOptions {
	width: number;
	height: number;
	fontSize: number;
	/** Gap between marker and label. */
	gap?: number;
	/** Areas labels must avoid besides markers: country names, the scale bar … */
	obstacles?: Box[];
}

/** Width of a text in SVG units, estimated generously (system sans, bold). */
export function textWidth(text: string, fontSize: number): number {
	return text.length * fontSize * 0.6;
}

export function overlaps(a: Box, b: Box): boolean {
	return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

function inside(box: Box, width: number, height: number): boolean {
	return box[0] >= 0 && box[1] >= 0 && box[2] <= width && box[3] <= height;
}

type Anchor = PlacedLabel['anchor'];

/** The candidate spots around a marker, in order of preference. */
function candidates(
	req: LabelRequest,
	text: string,
	fontSize: number,
	gap: number
): { x: number; y: number; anchor: Anchor; box: Box }[] {
	const w = textWidth(text, fontSize);
	const h = fontSize;
	const d = req.r + gap;
	const diag = d * Math.SQRT1_2;
	const spots: [number, number, Anchor][] = [
		[req.x + d, req.y, 'start'],
		[req.x - d, req.y, 'end'],
		[req.x, req.y - d - h / 2, 'middle'],
		[req.x, req.y + d + h / 2, 'middle'],
		[req.x + diag, req.y - diag - h / 2, 'start'],
		[req.x + diag, req.y + diag + h / 2, 'start'],
		[req.x - diag, req.y - diag - h / 2, 'end'],
		[req.x - diag, req.y + diag + h / 2, 'end']
	];
	return spots.map(([x, cy, anchor]) => {
		const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
		// The baseline sits a third of the font size below the centre line.
		// The box holds ascenders, descenders and the text's halo.
		return {
			x,
			y: cy + h * 0.35,
			anchor,
			box: [left - 1.5, cy - h * 0.7, left + w + 1.5, cy + h * 0.7]
		};
	});
}

/** Places labels greedily in the order given; returns only the labels that fit. */
export function placeLabels(requests: LabelRequest[], options: LabelOptions): PlacedLabel[] {
	const gap = options.gap ?? 3;
	const markers: Box[] = requests.map((r) => [r.x - r.r, r.y - r.r, r.x + r.r, r.y + r.r]);
	const taken: Box[] = [...(options.obstacles ?? [])];
	const placed: PlacedLabel[] = [];
	for (const req of requests) {
		const fontSize = req.fontSize ?? options.fontSize;
		const texts = [req.text, ...(req.short && req.short !== req.text ? [req.short] : [])];
		let spot: PlacedLabel | undefined;
		for (const text of texts) {
			const found = candidates(req, text, fontSize, gap).find(
				(c) =>
					inside(c.box, options.width, options.height) &&
					!taken.some((b) => overlaps(c.box, b)) &&
					!markers.some((m, i) => requests[i] !== req && overlaps(c.box, m))
			);
			if (found) {
				spot = { id: req.id, text, ...found };
				break;
			}
		}
		if (spot) {
			placed.push(spot);
			taken.push(spot.box);
		}
	}
	return placed;
}

/** A shorter form of a place name: what comes before any comma or bracket. */
export function shortName(name: string): string {
	return name.split(/[,(]/)[0]!.trim() || name;
}
