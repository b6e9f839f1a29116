/** Pure derivations for the locator map: distances to borders, linked places and steps, wording. */
import type { Claim, Step } from '$lib/story/schema';
import { segmentDistance, type Point } from './clip';

export type { Point };

/** A line of border between two countries, as SVG path data (M and L commands). */
export interface BorderLine {
	countries: [string, string];
	d: string;
}

/** The polylines of SVG path data made of M and L commands (what the build writes). */
export function polylines(d: string): Point[][] {
	const lines: Point[][] = [];
	for (const match of d.matchAll(/([MLZ])([^MLZ]*)/gi)) {
		const command = match[1]!.toUpperCase();
		if (command === 'Z') {
			const line = lines[lines.length - 1];
			if (line && line.length > 0) line.push([...line[0]!]);
			continue;
		}
		const numbers = (match[2] ?? '')
			.trim()
			.split(/[\s,]+/)
			.filter(Boolean)
			.map(Number);
		const points: Point[] = [];
		for (let i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i]!, numbers[i + 1]!]);
		if (command === 'M') lines.push(points);
		else lines[lines.length - 1]?.push(...points);
	}
	return lines.filter((l) => l.length > 0);
}

/** Distance from p to the nearest point of any of the lines (Infinity when there are none). */
export function distanceToLines(p: Point, lines: Point[][]): number {
	let best = Infinity;
	for (const line of lines) {
		if (line.length === 1)
			best = Math.min(best, Math.hypot(p[0] - line[0]![0], p[1] - line[0]![1]));
		for (let i = 1; i < line.length; i++)
			best = Math.min(best, segmentDistance(p, line[i - 1]!, line[i]!));
	}
	return best;
}

/** The nearest border to a point and how far it is, in the lines' units. */
export function nearestBorder(
	p: Point,
	borders: { countries: [string, string]; lines: Point[][] }[]
): { countries: [string, string]; distance: number } | undefined {
	let best: { countries: [string, string]; distance: number } | undefined;
	for (const b of borders) {
		const distance = distanceToLines(p, b.lines);
		if (distance < (best?.distance ?? Infinity)) best = { countries: b.countries, distance };
	}
	return best;
}

/** Indices of the steps of a section that are at a place. */
export function stepsAtPlace(
	section: { steps: Pick<Step, 'places'>[] },
	placeId: string
): number[] {
	return section.steps.flatMap((s, i) => (s.places.includes(placeId) ? [i] : []));
}

/** Places of the steps whose claims (introduced or discussed) are about an actor. */
export function placesOfActor(
	steps: Pick<Step, 'places' | 'claims' | 'about'>[],
	actorId: string,
	claims: Map<string, Pick<Claim, 'actor'>>
): string[] {
	const places = steps
		.filter((s) => [...s.claims, ...s.about].some((id) => claims.get(id)?.actor === actorId))
		.flatMap((s) => s.places);
	return [...new Set(places)];
}
