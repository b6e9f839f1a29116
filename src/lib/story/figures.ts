/** How figures read: the figure as stated ("20+", "6–7", "dozens") and a claim in one line. */
import { formatStoryDate } from './dates';
import { grouped as number } from './numbers';
import type { Actor, Claim, Claimant, Measure, UnitNoun } from './schema';

/** The verb or phrase that follows a count, e.g. "36 rebels killed". */
export const MEASURE_PHRASES: Record<Measure, string> = {
	strength: 'under arms',
	killed: 'killed',
	wounded: 'wounded',
	casualties: 'killed or wounded',
	captured: 'captured',
	released: 'released',
	missing: 'missing',
	executed: 'executed',
	displaced: 'displaced',
	territory: 'taken'
};

/** A short heading word for each measure, for table columns and chart rows. */
export const MEASURE_LABELS: Record<Measure, string> = {
	strength: 'Strength',
	killed: 'Killed',
	wounded: 'Wounded',
	casualties: 'Casualties',
	captured: 'Captured',
	released: 'Released',
	missing: 'Missing',
	executed: 'Executed',
	displaced: 'Displaced',
	territory: 'Territory'
};

type Figure = Pick<Claim, 'low' | 'high' | 'qualifier' | 'unit' | 'outOf'> & {
	/** What is counted, when it is a noun of its own ("horses"). */
	unitNoun?: UnitNoun | undefined;
};

/** Whether a figure stated this way means exactly one thing: "1 horse", not "1 horses". */
function isOne(text: string, claim: Figure): boolean {
	return text === '1' && (claim.high === undefined || claim.high === 1);
}

function withUnit(text: string, claim: Figure): string {
	if (claim.unitNoun) {
		const noun = isOne(text, claim) ? claim.unitNoun.singular : claim.unitNoun.plural;
		const whole = claim.outOf === undefined ? '' : ` of ${number.format(claim.outOf)}`;
		return `${text}${whole} ${noun}`;
	}
	if (claim.unit === 'percent') return `${text}%`;
	if (claim.unit === 'km2') {
		const whole = claim.outOf === undefined ? '' : ` of ${number.format(claim.outOf)}`;
		return `${text}${whole} km²`;
	}
	return claim.outOf === undefined ? text : `${text} of ${number.format(claim.outOf)}`;
}

/**
 * The figure the way its claimant stated it: "36", "6–7", "20+", "more than 100", "fewer than
 * 20", "dozens", and with a noun unit "12 horses".
 */
export function formatFigure(claim: Figure): string {
	const low = number.format(claim.low);
	let text: string;
	switch (claim.qualifier) {
		case 'at-least':
			text = `${low}+`;
			break;
		case 'more-than':
			text = `more than ${low}`;
			break;
		case 'fewer-than':
			// Open at the bottom: the stated figure is the top of the range.
			text = `fewer than ${number.format(claim.high ?? claim.low)}`;
			break;
		case 'dozens':
			return claim.unitNoun ? `dozens of ${claim.unitNoun.plural}` : 'dozens';
		case 'several':
			return claim.unitNoun ? `several ${claim.unitNoun.plural}` : 'several';
		case 'about':
			text = `about ${low}`;
			break;
		default:
			text =
				claim.high === undefined || claim.high === claim.low
					? low
					: `${low}–${number.format(claim.high)}`;
	}
	return withUnit(text, claim);
}

/** Whether a figure is open at the top ("20+", "dozens"), so it must not be drawn as a point. */
export function isOpenEnded(claim: Pick<Claim, 'high'>): boolean {
	return claim.high === undefined;
}

/** The claim in one line, as its button's accessible name: "Monitor: 36 rebels killed, 13 May 2015". */
export function describeClaim(claim: Claim, actor: Actor, claimant: Claimant): string {
	const figure = formatFigure(claim);
	// A noun unit names what is counted itself ("12 horses"); the actor is whose they were.
	const counted = claim.unitNoun ? `of ${actor.shortName}` : actor.noun;
	const what =
		claim.measure === 'territory'
			? `${figure} ${MEASURE_PHRASES.territory} by ${actor.shortName}`
			: claim.measure === 'strength'
				? `${figure} ${counted}`
				: `${figure} ${counted} ${MEASURE_PHRASES[claim.measure]}`;
	return `${claimant.shortName}: ${what}, ${formatStoryDate(claim.date)}`;
}

/** What makes claims comparable on one axis: `people`, `km2`, `percent`, or `noun:<plural>`. */
export function unitKey(claim: Pick<Claim, 'unit' | 'unitNoun'>): string {
	return claim.unitNoun ? `noun:${claim.unitNoun.plural}` : claim.unit;
}
