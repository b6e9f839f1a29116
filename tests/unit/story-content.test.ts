/**
 * Checks on the content of the Qalamoun story, beyond what the validator enforces: chapter sizes,
 * that every source and place is used, that no prose is copied from the source texts, and that
 * every version of each disputed figure is recorded as a claim of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseStoryDate, sectionsInOrder, validateStory, type Story } from '../../src/lib/story';
import input from '../../stories/qalamoun';

const here = path.dirname(fileURLToPath(import.meta.url));
const SOURCE_DIR = path.resolve(here, '../../stories/qalamoun/sources');

/** The words of a text, lower-cased, with punctuation, citation markers and case ignored. */
export function words(text: string): string[] {
	return text
		.replace(/\[\d+\]/g, ' ')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w !== '');
}

/** Every run of `n` consecutive words in a text, joined by single spaces. */
export function shingles(text: string, n: number): Set<string> {
	const w = words(text);
	const out = new Set<string>();
	for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
	return out;
}

/** The runs of `n` or more words that `text` shares with `source` (as n-word shingles). */
export function sharedRuns(text: string, source: Set<string>, n: number): string[] {
	return [...shingles(text, n)].filter((s) => source.has(s));
}

const RUN = 10;

function loadStory(): Story {
	const result = validateStory(input);
	if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.reason}`).join('\n'));
	return result.story;
}

describe('shingling helper', () => {
	const source = shingles(
		'On 25 July, the Syrian air force struck rebel forces east of Arsal, killing 20 rebels.[7]',
		RUN
	);
	it('finds a copied run, whatever the case and punctuation', () => {
		const copied =
			'Then the SYRIAN air-force struck rebel forces east of Arsal — killing 20 rebels!';
		expect(sharedRuns(copied, source, RUN)).toContain(
			'syrian air force struck rebel forces east of arsal killing'
		);
	});
	it('passes a paraphrase', () => {
		const fresh = 'On 25 July Syrian aircraft hit rebel forces east of Arsal, and 20 rebels died.';
		expect(sharedRuns(fresh, source, RUN)).toEqual([]);
	});
	it('ignores citation markers', () => {
		expect(words('rebels.[7] Two days')).toEqual(['rebels', 'two', 'days']);
	});
});

describe('the Qalamoun story', () => {
	it('validates', () => {
		const result = validateStory(input);
		expect(result.ok ? [] : result.problems).toEqual([]);
	});

	const story = loadStory();
	const sections = sectionsInOrder(story);
	const steps = sections.flatMap((s) => s.steps);

	it('has the four chapters, in order', () => {
		expect(story.chapters.map((c) => c.slug)).toEqual(['tfail', 'hills', 'arsal', 'tallat-mussa']);
		expect(story.opening.slug).toBe('opening');
		expect(story.closing.slug).toBe('closing');
	});

	// Up to 14: a step too long for a phone's reading window is split in two, not cut.
	it.each(story.chapters.map((c) => [c.slug, c] as const))('chapter %s has 6–14 steps', (_, c) => {
		expect(c.steps.length).toBeGreaterThanOrEqual(6);
		expect(c.steps.length).toBeLessThanOrEqual(14);
	});

	it.each(story.chapters.map((c) => [c.slug, c] as const))(
		'chapter %s runs in date order',
		(_, c) => {
			// A step may not end before the step above it begins (month-wide dates may overlap).
			for (let i = 1; i < c.steps.length; i++) {
				const prev = parseStoryDate(c.steps[i - 1]!.date)!;
				const cur = parseStoryDate(c.steps[i]!.date)!;
				expect(cur.end >= prev.start, `${c.slug} step ${i}: ${cur.end} < ${prev.start}`).toBe(true);
			}
		}
	);

	it('keeps each step short enough for one phone screen', () => {
		const long = steps
			.map((s) => ({ title: s.title, n: words(s.text).length }))
			.filter((s) => s.n > 100);
		expect(long).toEqual([]);
	});

	it('gives every claim a known claimant and at least one source', () => {
		const claimants = new Set(story.claimants.map((c) => c.id));
		for (const claim of story.claims) {
			expect(claimants.has(claim.claimant), claim.id).toBe(true);
			expect(claim.sources.length, claim.id).toBeGreaterThan(0);
		}
	});

	it('quotes a headline word for word wherever a chart label puts it in quotation marks', () => {
		// Quotation marks promise the report's own words: each run between elisions (…) is a run
		// of the title's words, in order.
		const misquoted = story.sources
			.filter((s) => s.shortTitle?.startsWith('“'))
			.filter((s) => {
				const title = ` ${words(s.title).join(' ')} `;
				let from = 0;
				for (const run of s.shortTitle!.split('…')) {
					const at = title.indexOf(` ${words(run).join(' ')} `, from);
					if (at < 0) return true;
					from = at + 1;
				}
				return false;
			})
			.map((s) => `${s.id}: ${s.shortTitle} / ${s.title}`);
		expect(misquoted).toEqual([]);
	});

	it('cites every source at least once', () => {
		const cited = new Set([
			...steps.flatMap((s) => s.sources),
			...story.claims.flatMap((c) => c.sources)
		]);
		expect(story.sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
	});

	it('uses every place at least once', () => {
		const used = new Set([...steps.flatMap((s) => s.places), ...story.map.anchors]);
		expect(story.places.map((p) => p.id).filter((id) => !used.has(id))).toEqual([]);
	});

	it('draws map anchors from the places', () => {
		const places = new Set(story.places.map((p) => p.id));
		expect(story.map.anchors.filter((id) => !places.has(id))).toEqual([]);
	});

	it('stores open figures with an open qualifier and “about” figures as a point', () => {
		for (const c of story.claims) {
			if (c.qualifier === 'about') expect(c.high, c.id).toBe(c.low);
			if (c.qualifier === 'dozens') expect(c.low, c.id).toBe(24);
			if (c.qualifier === 'several') expect(c.low, c.id).toBe(3);
		}
	});

	it('puts whole-offensive (infobox) totals in the closing section', () => {
		for (const c of story.claims.filter((c) => /infobox/.test(c.scope)))
			expect(c.chapter, c.id).toBe('closing');
	});

	describe('copies no run of 10 or more words from the source texts', () => {
		const files = readdirSync(SOURCE_DIR).filter((f) => f.endsWith('.txt'));
		const source = new Set<string>();
		for (const f of files)
			for (const s of shingles(readFileSync(path.join(SOURCE_DIR, f), 'utf8'), RUN)) source.add(s);

		it('has all five source texts to compare against', () => {
			expect(files).toHaveLength(5);
			expect(source.size).toBeGreaterThan(1000);
		});

		const prose: [string, string][] = [
			['meta.title', story.meta.title],
			['meta.dek', story.meta.dek],
			...sections.flatMap((s) => [
				[`${s.slug}.title`, s.title] as [string, string],
				[`${s.slug}.summary`, s.summary] as [string, string],
				...('previously' in s ? [[`${s.slug}.previously`, s.previously] as [string, string]] : []),
				...s.steps.flatMap((step, i) => [
					[`${s.slug}.steps[${i}].text`, step.text] as [string, string],
					...(step.title ? [[`${s.slug}.steps[${i}].title`, step.title] as [string, string]] : [])
				])
			]),
			...story.actors.map((a) => [`actor ${a.id}`, a.description] as [string, string]),
			...story.claimants.map((c) => [`claimant ${c.id}`, c.description] as [string, string]),
			...story.methods.map((m) => [`methods ${m.title}`, m.text] as [string, string]),
			...story.claims.flatMap((c) => [
				[`claim ${c.id} scope`, c.scope] as [string, string],
				...(c.note ? [[`claim ${c.id} note`, c.note] as [string, string]] : [])
			])
		];

		it.each(prose)('%s', (_, text) => {
			expect(sharedRuns(text, source, RUN)).toEqual([]);
		});
	});
});
