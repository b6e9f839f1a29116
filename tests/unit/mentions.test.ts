import { describe, expect, it } from 'vitest';
import { firstMentions } from '../../src/lib/story/mentions';

const actors = [
	{ id: 'army', names: ['Syrian Army', 'Army'] },
	{ id: 'lebanese-army', names: ['Lebanese Army'] },
	{ id: 'hezbollah', names: ['Hezbollah'] }
];

describe('firstMentions', () => {
	it('marks only the first mention of each actor in a section', () => {
		const [first, second] = firstMentions(
			[['Hezbollah and the Syrian Army advanced.'], ['Hezbollah held the hill; the Army waited.']],
			actors
		);
		expect(first![0]).toEqual([
			{ text: 'Hezbollah', actor: 'hezbollah' },
			{ text: ' and the ' },
			{ text: 'Syrian Army', actor: 'army' },
			{ text: ' advanced.' }
		]);
		expect(second![0]).toEqual([{ text: 'Hezbollah held the hill; the Army waited.' }]);
	});

	it('prefers the longest name and keeps words whole', () => {
		const [[paragraph]] = firstMentions(
			[['The Lebanese Army met Hezbollahs nowhere.']],
			actors
		) as [[unknown]];
		expect(paragraph).toEqual([
			{ text: 'The ' },
			{ text: 'Lebanese Army', actor: 'lebanese-army' },
			{ text: ' met Hezbollahs nowhere.' }
		]);
	});

	it('keeps the text intact when nothing is named', () => {
		expect(firstMentions([['Nothing here.', 'Nor here.']], actors)).toEqual([
			[[{ text: 'Nothing here.' }], [{ text: 'Nor here.' }]]
		]);
	});
});
