/** Clipping polygons and lines to a rectangle, and simplifying lines: plain geometry, any units. */

export type Point = [number, number];
/** A rectangle: left, top, right, bottom (x grows right, y grows whichever way the caller's does). */
export type Rect = [number, number, number, number];

/** Sutherland–Hodgman: a ring clipped to a rectangle (a ring along its edges where it leaves). */
export function clipRing(ring: Point[], [x0, y0, x1, y1]: Rect): Point[] {
	const edges: [(p: Point) => boolean, (a: Point, b: Point) => Point][] = [
		[(p) => p[0] >= x0, (a, b) => at(a, b, (x0 - a[0]) / (b[0] - a[0]))],
		[(p) => p[0] <= x1, (a, b) => at(a, b, (x1 - a[0]) / (b[0] - a[0]))],
		[(p) => p[1] >= y0, (a, b) => at(a, b, (y0 - a[1]) / (b[1] - a[1]))],
		[(p) => p[1] <= y1, (a, b) => at(a, b, (y1 - a[1]) / (b[1] - a[1]))]
	];
	let out = ring;
	for (const [inside, cross] of edges) {
		const input = out;
		out = [];
		for (let i = 0; i < input.length; i++) {
			const a = input[(i + input.length - 1) % input.length]!;
			const b = input[i]!;
			if (inside(b)) {
				if (!inside(a)) out.push(cross(a, b));
				out.push(b);
			} else if (inside(a)) out.push(cross(a, b));
		}
		if (out.length === 0) break;
	}
	return out;
}

function at(a: Point, b: Point, t: number): Point {
	return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

/** Liang–Barsky: the parts of a polyline inside a rectangle. */
export function clipLine(line: Point[], [x0, y0, x1, y1]: Rect): Point[][] {
	const parts: Point[][] = [];
	let current: Point[] = [];
	for (let i = 1; i < line.length; i++) {
		const a = line[i - 1]!;
		const b = line[i]!;
		const dx = b[0] - a[0];
		const dy = b[1] - a[1];
		let t0 = 0;
		let t1 = 1;
		let visible = true;
		for (const [p, q] of [
			[-dx, a[0] - x0],
			[dx, x1 - a[0]],
			[-dy, a[1] - y0],
			[dy, y1 - a[1]]
		] as [number, number][]) {
			if (p === 0) {
				if (q < 0) visible = false;
			} else {
				const t = q / p;
				if (p < 0) t0 = Math.max(t0, t);
				else t1 = Math.min(t1, t);
			}
		}
		if (!visible || t0 > t1) {
			if (current.length > 1) parts.push(current);
			current = [];
			continue;
		}
		const start = at(a, b, t0);
		if (current.length === 0 || t0 > 0) {
			if (current.length > 1) parts.push(current);
			current = [start];
		}
		current.push(at(a, b, t1));
		if (t1 < 1) {
			parts.push(current);
			current = [];
		}
	}
	if (current.length > 1) parts.push(current);
	return parts;
}

/** Distance from p to the segment a–b. */
export function segmentDistance(p: Point, a: Point, b: Point): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const length2 = dx * dx + dy * dy;
	const t =
		length2 === 0
			? 0
			: Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
	return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas–Peucker simplification of a polyline (endpoints kept). */
export function simplify(line: Point[], tolerance: number): Point[] {
	if (line.length <= 2) return line;
	const keep = new Uint8Array(line.length);
	keep[0] = keep[line.length - 1] = 1;
	const stack: [number, number][] = [[0, line.length - 1]];
	while (stack.length > 0) {
		const [first, last] = stack.pop()!;
		let farthest = -1;
		let max = tolerance;
		const a = line[first]!;
		const b = line[last]!;
		for (let i = first + 1; i < last; i++) {
			const d = segmentDistance(line[i]!, a, b);
			if (d > max) {
				max = d;
				farthest = i;
			}
		}
		if (farthest >= 0) {
			keep[farthest] = 1;
			stack.push([first, farthest], [farthest, last]);
		}
	}
	return line.filter((_, i) => keep[i] === 1);
}

/** Whether segment a–b crosses or touches the rectangle. */
export function segmentHitsRect(a: Point, b: Point, rect: Rect): boolean {
	return clipLine([a, b], rect).length > 0;
}

/** Even–odd point-in-polygon test. */
export function insideRings(p: Point, rings: Point[][]): boolean {
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

/** SVG path data of lines (open) or rings (closed), to `digits` decimal places. */
export function pathData(lines: Point[][], closed = false, digits = 1): string {
	const f = 10 ** digits;
	const n = (v: number) => String(Math.round(v * f) / f);
	return lines
		.filter((l) => l.length > 1)
		.map((l) => 'M' + l.map(([x, y]) => `${n(x)},${n(y)}`).join('L') + (closed ? 'Z' : ''))
		.join('');
}
