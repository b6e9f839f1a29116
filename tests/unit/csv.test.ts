import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { validateStory, type Story } from '../../src/lib/story';
import { CLAIM_COLUMNS, claimsCsv, csvField } from '../../src/lib/story/csv';
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
