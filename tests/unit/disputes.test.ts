/**
 * Every version of each disagreement listed in the project's research note on disputed figures
 * (disputes.md, sections A and B) that carries a figure for the four chapters or the infoboxes is a
 * claim of its own, with the figure and claimant as the sources give them.
 */
import { describe, expect, it } from 'vitest';
import { validateStory, type Claim, type Story } from '../../src/lib/story';
import input from '../../stories/qalamoun';

interface Version {
	id: string;
	low: number;
	/** undefined for an open-ended figure ("20+", "dozens"). */
	high: number | undefined;
	claimant: string;
	qualifier?: Claim['qualifier'];
}

interface Dispute {
	code: string;
	what: string;
	/** Whether the versions count the same thing, and so must share one chart row. */
	sameRow: boolean;
	versions: Version[];
}

const v = (
	id: string,
	low: number,
	high: number | undefined,
	claimant: string,
	qualifier?: Claim['qualifier']
): Version => ({ id, low, high, claimant, qualifier });

const DISPUTES: Dispute[] = [
	{
		code: 'A1',
		what: 'Hezbollah deaths around Rankous, June 2014',
		sameRow: true,
		versions: [
			v('hezbollah-killed-rankous-rebel-commander', 29, 29, 'rebel-commander'),
			v('hezbollah-killed-rankous-narrative', 14, 14, 'narrative')
		]
	},
	{
		code: 'A2',
		what: 'Hezbollah killed at Youneen',
		sameRow: true,
		versions: [
			v('hezbollah-killed-youneen-narrative', 6, 7, 'narrative'),
			v('hezbollah-killed-youneen-another-report', 14, 14, 'another-report')
		]
	},
	{
		code: 'A2',
		what: 'rebels killed at Youneen',
		sameRow: true,
		versions: [
			v('rebels-killed-youneen-narrative', 17, 32, 'narrative'),
			v('rebels-killed-youneen-another-report', 104, 104, 'another-report')
		]
	},
	{
		code: 'A2',
		what: 'rebels captured at Youneen',
		sameRow: true,
		versions: [
			v('rebels-captured-youneen-narrative', 14, 14, 'narrative'),
			v('rebels-captured-youneen-another-report', 40, 40, 'another-report')
		]
	},
	{
		code: 'A3',
		what: 'overall toll of the July 2014 operation (rebels vs people of all kinds)',
		sameRow: false,
		versions: [
			v('rebels-killed-hills-syrian-army', 650, 650, 'syrian-army-claim'),
			v('people-killed-hills-security-source', 100, undefined, 'security-source', 'more-than')
		]
	},
	{
		code: 'A4',
		what: 'rebels killed in the al-Jobeh ambush',
		sameRow: true,
		versions: [
			v('rebels-killed-jobeh-narrative', 50, 170, 'narrative'),
			v('rebels-killed-jobeh-other-sources', 200, 200, 'other-sources')
		]
	},
	{
		code: 'A4',
		what: 'government-side dead in the al-Jobeh ambush',
		sameRow: true,
		versions: [
			v('pro-government-killed-jobeh-narrative', 7, 11, 'narrative'),
			v('pro-government-killed-jobeh-other-sources', 20, 20, 'other-sources')
		]
	},
	{
		code: 'A4',
		what: 'Hezbollah dead in the al-Jobeh ambush (the one point of agreement)',
		sameRow: true,
		versions: [
			v('hezbollah-killed-jobeh-narrative', 2, 2, 'narrative'),
			v('hezbollah-killed-jobeh-other-sources', 2, 2, 'other-sources')
		]
	},
	{
		code: 'A5',
		what: 'rebels killed at Tallat Mussa, 13 May 2015',
		sameRow: true,
		versions: [
			v('rebels-killed-tallat-mussa-sohr', 36, 36, 'sohr'),
			v('rebels-killed-tallat-mussa-lebanese-security', 53, 53, 'lebanese-security')
		]
	},
	{
		code: 'A5',
		what: 'Hezbollah killed at Tallat Mussa, 13 May 2015',
		sameRow: true,
		versions: [
			v('hezbollah-killed-tallat-mussa-sohr', 18, 18, 'sohr'),
			v('hezbollah-killed-tallat-mussa-lebanese-security', 4, 4, 'lebanese-security')
		]
	},
	{
		code: 'A6',
		what: 'rebels killed in the whole 2015 offensive (infobox)',
		sameRow: true,
		versions: [
			v('rebels-killed-2015-pro-government-sources', 244, 300, 'pro-government-sources'),
			v('rebels-killed-2015-sohr', 42, undefined, 'sohr', 'at-least')
		]
	},
	{
		code: 'A7',
		what: 'territory regained in 2015 (different wholes, so different rows)',
		sameRow: false,
		versions: [
			v('pro-government-territory-may21-narrative', 310, 310, 'narrative'),
			v('pro-government-territory-may29-al-masdar', 90, 90, 'al-masdar')
		]
	},
	{
		code: 'B1',
		what: 'rebels killed in the whole 2014 offensive (infoboxes)',
		sameRow: true,
		versions: [
			v('rebels-killed-2014-wp-infobox', 20, undefined, 'wp-infobox-2014', 'at-least'),
			v('rebels-killed-2014-mw-infobox', 930, undefined, 'mw-infobox', 'at-least')
		]
	},
	{
		code: 'B1',
		what: 'the four body figures the 930+ adds up',
		sameRow: false,
		versions: [
			v('rebels-killed-hills-syrian-army', 650, 650, 'syrian-army-claim'),
			v('rebels-killed-airstrike-narrative', 20, 20, 'narrative'),
			v('rebels-killed-jobeh-other-sources', 200, 200, 'other-sources'),
			v('rebels-killed-final-narrative', 60, 60, 'narrative')
		]
	},
	{
		code: 'B2',
		what: 'Lebanese soldiers released (infoboxes)',
		sameRow: true,
		versions: [
			v('lebanese-army-released-2014-wp-infobox', 14, 14, 'wp-infobox-2014'),
			v('lebanese-army-released-2014-mw-infobox', 10, 10, 'mw-infobox')
		]
	},
	{
		code: 'B2',
		what: 'Lebanese soldiers executed (Wikipedia infobox only)',
		sameRow: true,
		versions: [v('lebanese-army-executed-2014-wp-infobox', 4, 4, 'wp-infobox-2014')]
	},
	{
		code: 'B3',
		what: 'policemen released (infoboxes)',
		sameRow: true,
		versions: [
			v('isf-released-2014-wp-infobox', 6, 6, 'wp-infobox-2014'),
			v('isf-released-2014-mw-infobox', 5, 5, 'mw-infobox')
		]
	},
	{
		code: 'B4',
		what: 'civilians wounded in Arsal: a total, or an addition?',
		sameRow: true,
		versions: [
			v('civilians-wounded-final-wikipedia', 400, 400, 'narrative', 'about'),
			v('civilians-wounded-final-military-wiki', 400, 400, 'narrative')
		]
	},
	{
		code: 'B6',
		what: 'deaths in the 25 April 2015 strikes (victims not stated vs government side)',
		sameRow: false,
		versions: [
			v('people-killed-april25-wikipedia-2015', 1, 1, 'narrative'),
			v('pro-government-killed-april25-wikipedia-2014', 3, undefined, 'narrative', 'several')
		]
	},
	{
		code: 'C1',
		what: 'Lebanese soldiers killed: infobox 20 vs final text toll 19',
		sameRow: false,
		versions: [
			v('lebanese-army-killed-2014-wp-infobox', 20, 20, 'wp-infobox-2014'),
			v('lebanese-army-killed-2014-mw-infobox', 20, 20, 'mw-infobox'),
			v('lebanese-army-killed-final-narrative', 19, 19, 'narrative')
		]
	},
	{
		code: 'C2',
		what: 'Lebanese soldiers wounded: infobox 85 vs text 86',
		sameRow: false,
		versions: [
			v('lebanese-army-wounded-2014-mw-infobox', 85, 85, 'mw-infobox'),
			v('lebanese-army-wounded-aug4-narrative', 86, 86, 'narrative')
		]
	},
	{
		code: 'C3',
		what: 'policemen taken: text 16 vs infobox 20',
		sameRow: false,
		versions: [
			v('isf-captured-aug2-narrative', 16, 16, 'narrative'),
			v('isf-captured-2014-wp-infobox', 20, 20, 'wp-infobox-2014'),
			v('isf-captured-2014-mw-infobox', 20, 20, 'mw-infobox')
		]
	},
	{
		code: 'C5',
		what: 'civilians killed in Arsal: 50 on 4 August, 42 final',
		sameRow: false,
		versions: [
			v('civilians-killed-aug4-narrative', 50, 50, 'narrative'),
			v('civilians-killed-final-narrative', 42, 42, 'narrative')
		]
	}
];

function loadStory(): Story {
	const result = validateStory(input);
	if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.reason}`).join('\n'));
	return result.story;
}

describe('disputed figures', () => {
	const story = loadStory();
	const byId = new Map(story.claims.map((c) => [c.id, c]));

	describe.each(DISPUTES.map((d) => [`${d.code}: ${d.what}`, d] as const))('%s', (_, dispute) => {
		it.each(dispute.versions.map((ver) => [ver.id, ver] as const))('%s', (id, ver) => {
			const claim = byId.get(id);
			expect(claim, `no claim "${id}"`).toBeDefined();
			expect({
				low: claim!.low,
				high: claim!.high,
				claimant: claim!.claimant,
				qualifier: claim!.qualifier
			}).toEqual({
				low: ver.low,
				high: ver.high,
				claimant: ver.claimant,
				qualifier: ver.qualifier
			});
			expect(claim!.sources.length).toBeGreaterThan(0);
		});

		it('keeps every version a separate claim', () => {
			const ids = dispute.versions.map((ver) => ver.id);
			expect(new Set(ids).size).toBe(ids.length);
		});

		if (dispute.sameRow && dispute.versions.length > 1) {
			it('puts the versions in one chart row (same chapter, actor, measure and scope)', () => {
				const rows = new Set(
					dispute.versions.map((ver) => {
						const c = byId.get(ver.id)!;
						return [c.chapter, c.actor, c.measure, c.scope].join(' | ');
					})
				);
				expect([...rows]).toHaveLength(1);
			});
		}
	});

	it('never folds the 2014 infobox totals into one claim', () => {
		const infoboxRebelDeaths = story.claims.filter(
			(c) =>
				c.chapter === 'closing' &&
				c.actor === 'rebels' &&
				c.measure === 'killed' &&
				/2014/.test(c.scope)
		);
		expect(infoboxRebelDeaths.map((c) => c.claimant).sort()).toEqual([
			'mw-infobox',
			'wp-infobox-2014'
		]);
	});
});
