/**
 * Places in words, in the story's language: a distance as a reader says it, and one line per
 * place for the list under a map (its other names, country, border, precision). Kept apart from
 * places.ts, which the page's script uses, so the script carries no words.
 */
import { english, type Locale } from '../locale';
import type { Place } from '$lib/story/schema';
import { nearestBorder, polylines, type BorderLine, type Point } from './places';

/** A distance in km as a reader would say it: "less than 1 km", "about 4 km", "about 30 km". */
export function roughKm(km: number, locale: Locale = english): string {
	if (km < 1) return locale.words.lessThanKm(1);
	const rounded =
		km < 10 ? Math.round(km) : km < 50 ? Math.round(km / 5) * 5 : Math.round(km / 10) * 10;
	return locale.words.aboutKm(rounded);
}

/**
 * One sentence per place: its other names, which country it is in, how far from the nearest
 * border shown, and how precisely it is known. `project` gives SVG units, `kmPerUnit` converts
 * them.
 */
export function describePlace(
	place: Place,
	borders: BorderLine[],
	project: (lon: number, lat: number) => Point,
	kmPerUnit: number,
	locale: Locale = english
): string {
	const nearest = nearestBorder(
		project(place.lon, place.lat),
		borders.map((b) => ({ countries: b.countries, lines: polylines(b.d) }))
	);
	return locale.words.placeLine({
		name: place.name,
		aliases: locale.list(place.aliases.filter((a) => a !== place.name)),
		kind: place.kind,
		country: place.country,
		border: nearest
			? {
					distance: roughKm(nearest.distance * kmPerUnit, locale),
					countries: nearest.countries.join('–')
				}
			: undefined,
		approximateKm: place.precision === 'approximate' ? (place.uncertaintyKm ?? 0) : undefined
	});
}

/** Places as one line for the graphic's summary: "Millford · North Ridge (approx.)". */
export function placesLine(
	ids: string[],
	places: Map<string, Place>,
	locale: Locale = english
): string {
	return ids
		.map((id) => places.get(id))
		.filter((p) => p !== undefined)
		.map((p) => `${p.name}${p.precision === 'approximate' ? ` ${locale.words.approx}` : ''}`)
		.join(' · ');
}
