/** How figures read: the figure as stated ("20+", "6–7", "dozens") and a claim in one line. */
import { english, nounOf, type Locale } from '../locale';
import { en } from '../locale/en';
import type { Actor, Claim, Claimant, Measure, UnitNoun } from './schema';

/** The verb or phrase that follows a count in English, e.g. "36 rebels killed". */
export const MEASURE_PHRASES: Record<Measure, string> = en.measures;

/** A short heading word for each measure in English, for table columns and chart rows. */
export const MEASURE_LABELS: Record<Measure, string> = en.measureLabels;

type Figure = Pick<Claim, 'low' | 'high' | 'qualifier' | 'unit' | 'outOf'> & {
	/** What is counted, when it is a noun of its own ("horses"). */
	unitNoun?: UnitNoun | undefined;
};

/** Whether a figure stated this way means exactly one thing: "1 horse", not "1 horses". */
function isOne(text: string, claim: Figure): boolean {
	return text === '1' && (claim.high === undefined || claim.high === 1);
}

function withUnit(text: string, claim: Figure, locale: Locale): string {
	const { words, number } = locale;
	const whole = (t: string) =>
		claim.outOf === undefined ? t : words.outOf(t, number(claim.outOf));
	if (claim.unitNoun) {
		const noun = isOne(text, claim) ? claim.unitNoun.singular : claim.unitNoun.plural;
		return `${whole(text)} ${noun}`;
	}
	if (claim.unit === 'percent') return `${text}%`;
	if (claim.unit === 'km2') return `${whole(text)} km²`;
	return whole(text);
}

/**
 * The figure the way its claimant stated it: "36", "6–7", "20+", "more than 100", "fewer than
 * 20", "dozens", and with a noun unit "12 horses".
 */
export function formatFigure(claim: Figure, locale: Locale = english): string {
	const { words, number } = locale;
	const low = number(claim.low);
	let text: string;
	switch (claim.qualifier) {
		case 'at-least':
			text = `${low}+`;
			break;
		case 'more-than':
			text = words.moreThan(low);
			break;
		case 'fewer-than':
			// Open at the bottom: the stated figure is the top of the range.
			text = words.fewerThan(number(claim.high ?? claim.low));
			break;
		case 'dozens':
			return words.dozens(claim.unitNoun?.plural);
		case 'several':
			return words.several(claim.unitNoun?.plural);
		case 'about':
			text = words.about(low);
			break;
		default:
			text =
				claim.high === undefined || claim.high === claim.low ? low : `${low}–${number(claim.high)}`;
	}
	return withUnit(text, claim, locale);
}

/** The one number a figure's words agree with ("1 person", "at least 1 person"), or undefined
 * for a range, "dozens", "several" and "fewer than". */
export function agreedCount(claim: Pick<Claim, 'low' | 'high' | 'qualifier'>): number | undefined {
	if (claim.qualifier === 'dozens' || claim.qualifier === 'several') return undefined;
	if (claim.qualifier === 'fewer-than') return undefined;
	if (claim.high !== undefined && claim.high !== claim.low) return undefined;
	return claim.low;
}

/** Whether a figure is open at the top ("20+", "dozens"), so it must not be drawn as a point. */
export function isOpenEnded(claim: Pick<Claim, 'high'>): boolean {
	return claim.high === undefined;
}

/** The claim in one line, as its button's accessible name: "Monitor: 36 rebels killed, 13 May 2015". */
export function describeClaim(
	claim: Claim,
	actor: Actor,
	claimant: Claimant,
	locale: Locale = english
): string {
	const { words } = locale;
	const figure = formatFigure(claim, locale);
	// A noun unit names what is counted itself ("12 horses"); the actor is whose they were.
	const counted = claim.unitNoun ? words.whose(actor.shortName) : actor.noun;
	let what: string;
	if (claim.measure === 'territory') what = words.takenBy(figure, actor.shortName);
	else if (claim.unitNoun || claim.measure === 'strength')
		what =
			claim.measure === 'strength'
				? `${figure} ${counted}`
				: `${figure} ${counted} ${words.measures[claim.measure]}`;
	else {
		// The words agree with the figure: "1 person killed", "dozens of people killed".
		const counts = words.counts(claim.measure, nounOf(actor), agreedCount(claim));
		what =
			claim.qualifier === 'dozens'
				? words.dozens(counts)
				: claim.qualifier === 'several'
					? words.several(counts)
					: `${figure} ${counts}`;
	}
	return words.colon(claimant.shortName, `${what}, ${locale.date(claim.date)}`);
}

/** What makes claims comparable on one axis: `people`, `km2`, `percent`, or `noun:<plural>`. */
export function unitKey(claim: Pick<Claim, 'unit' | 'unitNoun'>): string {
	return claim.unitNoun ? `noun:${claim.unitNoun.plural}` : claim.unit;
}
