/** `/data/claims.csv`: one row per claim, for readers who want to check or reuse the figures. */
import { formatFigure } from './figures';
import type { Story } from './schema';

export const CLAIM_COLUMNS = [
	'id',
	'chapter',
	'actor',
	'measure',
	'scope',
	'low',
	'high',
	'qualifier',
	'unit',
	'out_of',
	'figure',
	'claimant',
	'date',
	'sources',
	'note'
] as const;

/**
 * First characters that make a spreadsheet read a cell as a formula (CWE-1236): `=`, `+`, `-`,
 * `@`, tab and carriage return, plus their full-width forms, which some spreadsheets fold to ASCII.
 */
export const FORMULA_STARTS = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/**
 * A text cell a spreadsheet will show as text, never run: one that begins like a formula gets a
 * leading apostrophe, as OWASP advises. Numbers are written as numbers and never pass through here.
 */
export function neutraliseCell(text: string): string {
	return FORMULA_STARTS.test(text) ? `'${text}` : text;
}

/**
 * One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). Text that could be
 * read as a formula is neutralised first; finite numbers are written as they are (`-3` stays a
 * number for whoever reads the file).
 */
export function csvField(value: string | number | undefined): string {
	const text =
		value === undefined
			? ''
			: typeof value === 'number' && Number.isFinite(value)
				? String(value)
				: neutraliseCell(String(value));
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: (string | number | undefined)[]): string {
	return values.map(csvField).join(',');
}

export function claimsCsv(story: Story): string {
	const actors = new Map(story.actors.map((a) => [a.id, a.name]));
	const claimants = new Map(story.claimants.map((c) => [c.id, c.name]));
	const sources = new Map(story.sources.map((s) => [s.id, s.title]));
	const rows = story.claims.map((c) =>
		csvRow([
			c.id,
			c.chapter,
			actors.get(c.actor) ?? c.actor,
			c.measure,
			c.scope,
			c.low,
			c.high,
			c.qualifier,
			c.unitNoun ? c.unitNoun.plural : c.unit,
			c.outOf,
			formatFigure(c),
			claimants.get(c.claimant) ?? c.claimant,
			c.date,
			c.sources.map((id) => sources.get(id) ?? id).join('; '),
			c.note
		])
	);
	return [csvRow([...CLAIM_COLUMNS]), ...rows].join('\r\n') + '\r\n';
}
