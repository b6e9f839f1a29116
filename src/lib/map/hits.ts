/**
 * Tap targets for a map's places: a circle around each mark, cut where it meets a neighbour's
 * (along the line halfway between them), so no target covers another and a tap on a mark always
 * picks that mark.
 */
import type { Point } from './clip';

/** Corners of the polygon that stands for a circle. */
const SIDES = 12;

/** The part of a polygon on a's side of the line halfway between a and b. */
function cut(polygon: Point[], a: Point, b: Point): Point[] {
	const nx = b[0] - a[0];
	const ny = b[1] - a[1];
	const c = (b[0] * b[0] + b[1] * b[1] - a[0] * a[0] - a[1] * a[1]) / 2;
	const side = (p: Point) => p[0] * nx + p[1] * ny - c;
	const out: Point[] = [];
	for (let i = 0; i < polygon.length; i++) {
		const p = polygon[i]!;
		const q = polygon[(i + 1) % polygon.length]!;
		const sp = side(p);
		const sq = side(q);
		if (sp <= 0) out.push(p);
		if (sp * sq < 0) {
			const t = sp / (sp - sq);
			out.push([p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t]);
		}
	}
	return out;
}

export interface HitTarget {
	/** A circle when nothing cuts it … */
	r?: number;
	/** … else a polygon. */
	points?: Point[];
}

/** Tap targets of radius `r` around each centre, cut against their neighbours. */
export function hitTargets(centres: Point[], r: number): HitTarget[] {
	return centres.map((a, i) => {
		const near = centres.filter(
			(b, j) =>
				j !== i && Math.hypot(b[0] - a[0], b[1] - a[1]) < 2 * r && (b[0] !== a[0] || b[1] !== a[1])
		);
		if (near.length === 0) return { r };
		let polygon: Point[] = Array.from({ length: SIDES }, (_, k) => {
			const t = (2 * Math.PI * k) / SIDES;
			return [
				a[0] + (r / Math.cos(Math.PI / SIDES)) * Math.cos(t),
				a[1] + (r / Math.cos(Math.PI / SIDES)) * Math.sin(t)
			];
		});
		for (const b of near) polygon = cut(polygon, a, b);
		return { points: polygon };
	});
}

/** Whether p lies inside a convex polygon (or on its edge). */
export function insideConvex(p: Point, polygon: Point[]): boolean {
	let sign = 0;
	for (let i = 0; i < polygon.length; i++) {
		const a = polygon[i]!;
		const b = polygon[(i + 1) % polygon.length]!;
		const cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
		if (cross === 0) continue;
		if (sign === 0) sign = Math.sign(cross);
		else if (Math.sign(cross) !== sign) return false;
	}
	return true;
}
