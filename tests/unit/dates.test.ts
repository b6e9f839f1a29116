import { describe, expect, it } from 'vitest';
import { formatStoryDate, parseStoryDate, within } from '../../src/lib/story/dates';

describe('parseStoryDate', () => {
	it.each([
		['2014-08-02', { start: '2014-08-02', end: '2014-08-02' }],
		['2014-06', { start: '2014-06-01', end: '2014-06-30' }],
		['2016-02', { start: '2016-02-01', end: '2016-02-29' }],
		['2014-08-02/2014-08-12', { start: '2014-08-02', end: '2014-08-12' }],
		['2015-03/2015-06', { start: '2015-03-01', end: '2015-06-30' }]
	])('reads %s', (date, span) => expect(parseStoryDate(date)).toEqual(span));

	it.each([
		'2014-13',
		'2014-02-30',
		'2014-00-10',
		'2014-08-12/2014-08-02',
		'May 2015',
		'2014-08-02/2014/08'
	])('refuses %s', (date) => expect(parseStoryDate(date)).toBeUndefined());
});

describe('formatStoryDate', () => {
	it.each([
		['2014-08-02', '2 August 2014'],
		['2014-06', 'June 2014'],
		['2014-08-02/2014-08-12', '2–12 August 2014'],
		['2014-07-15/2014-08-02', '15 July – 2 August 2014'],
		['2014-06/2015-06', 'June 2014 – June 2015']
	])('writes %s as %s', (date, text) => expect(formatStoryDate(date)).toBe(text));
});

describe('within', () => {
	const period = parseStoryDate('2014-08-02/2014-08-12')!;
	it('holds a day inside', () => expect(within(parseStoryDate('2014-08-05')!, period)).toBe(true));
	it('refuses a month that spills over', () =>
		expect(within(parseStoryDate('2014-08')!, period)).toBe(false));
});
