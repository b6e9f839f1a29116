/**
 * Story dates: a day (`2014-08-02`), a month (`2014-06`), a year (`1815`) or a period of any two
 * (`start/end`).
 */

export interface Span {
	/** First day, `YYYY-MM-DD`. */
	start: string;
	/** Last day, `YYYY-MM-DD`. */
	end: string;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

function daysIn(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** One end of a date: a span of a day, a month or a year, or undefined when it is no real date. */
function parsePart(part: string): Span | undefined {
	if (/^\d{4}$/.test(part)) return { start: `${part}-01-01`, end: `${part}-12-31` };
	const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(part);
	if (!m) return undefined;
	const year = Number(m[1]);
	const month = Number(m[2]);
	if (month < 1 || month > 12) return undefined;
	const last = daysIn(year, month);
	if (m[3] === undefined)
		return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(last)}` };
	const day = Number(m[3]);
	if (day < 1 || day > last) return undefined;
	return { start: part, end: part };
}

/** The span a story date covers, or undefined when it does not parse or runs backwards. */
export function parseStoryDate(date: string): Span | undefined {
	const [from, to, extra] = date.split('/');
	if (from === undefined || extra !== undefined) return undefined;
	const first = parsePart(from);
	const last = to === undefined ? first : parsePart(to);
	if (!first || !last || last.end < first.start) return undefined;
	return { start: first.start, end: last.end };
}

/** Whether `inner` lies wholly within `outer`. */
export function within(inner: Span, outer: Span): boolean {
	return inner.start >= outer.start && inner.end <= outer.end;
}

function partLabel(part: string, withYear: boolean, months: readonly string[]): string {
	const [y, m, d] = part.split('-');
	if (m === undefined) return y ?? part;
	const month = months[Number(m) - 1] ?? '';
	const head = d === undefined ? month : `${Number(d)} ${month}`;
	return withYear ? `${head} ${y}` : head;
}

/**
 * A date as a reader reads it: "2 August 2014", "June 2014", "2–12 August 2014",
 * "mid-July" is left to the prose. `months` names the months in the story's language
 * (`localeOf(language).date` passes them).
 */
export function formatStoryDate(date: string, months: readonly string[] = MONTHS): string {
	const [from, to] = date.split('/');
	if (from === undefined) return date;
	if (to === undefined) return partLabel(from, true, months);
	const [fy, fm, fd] = from.split('-');
	const [ty, tm, td] = to.split('-');
	if (fy === ty && fm === tm && fd !== undefined && td !== undefined)
		return `${Number(fd)}–${partLabel(to, true, months)}`;
	if (fy === ty && fm !== undefined && tm !== undefined)
		return `${partLabel(from, false, months)} – ${partLabel(to, true, months)}`;
	return `${partLabel(from, true, months)} – ${partLabel(to, true, months)}`;
}

/** The machine-readable form for a `<time datetime>`: the first day of the span. */
export function isoStart(date: string): string {
	return parseStoryDate(date)?.start ?? date;
}
