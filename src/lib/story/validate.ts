/**
 * Checks a story file and says what is wrong in terms a writer can act on: one problem a line,
 * each with the path of the offending field (`chapters[1].steps[3].claims[0]`).
 */
import { chartProblems } from '../charts/section-graphics';
import { englishWords as chartWords } from '../charts/step-chart';
import { indexStory } from './derive';
import * as v from 'valibot';
import { parseStoryDate, within, type Span } from './dates';
import { StorySchema, type Section, type Story } from './schema';

export interface Problem {
	/** Where in the story, e.g. `chapters[1].steps[3].claims[0]`. */
	path: string;
	/** What is wrong there, in one line. */
	reason: string;
}

export type Validation = { ok: true; story: Story } | { ok: false; problems: Problem[] };

/** Slugs that would collide with the site's own routes. */
export const RESERVED_SLUGS = ['embed', 'sources', 'data', 'oembed', '_app'];

export function formatProblem(p: Problem): string {
	return `${p.path || '(story)'}: ${p.reason}`;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
	let out = '';
	for (const item of issue.path ?? []) {
		const key = (item as { key: unknown }).key;
		out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
	}
	return out;
}

function reasonOf(issue: v.BaseIssue<unknown>): string {
	if (issue.kind === 'schema' && issue.input === undefined) return 'required field is missing';
	if (typeof issue.input === 'number' && Number.isNaN(issue.input))
		return 'must be a finite number, not NaN';
	if (issue.type === 'strict_object' && issue.expected === 'never') return 'unknown field';
	return issue.message;
}

/** Checks the shape of the story, then every cross-reference. */
export function validateStory(input: unknown): Validation {
	const parsed = v.safeParse(StorySchema, input, { abortEarly: false });
	if (!parsed.success) {
		const problems = parsed.issues.map((issue) => ({
			path: pathOf(issue),
			reason: reasonOf(issue)
		}));
		return { ok: false, problems: dedupe(problems) };
	}
	const problems = checkReferences(parsed.output);
	// Charts are laid out only once every reference holds: their problems need a sound story.
	if (problems.length === 0) problems.push(...checkCharts(parsed.output));
	return problems.length ? { ok: false, problems } : { ok: true, story: parsed.output };
}

function dedupe(problems: Problem[]): Problem[] {
	const seen = new Set<string>();
	return problems.filter((p) => {
		const key = formatProblem(p);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** Every step's chart can be drawn as the story asks, fits the smallest frame, and its
 * headline names only figures it shows or computes. */
function checkCharts(story: Story): Problem[] {
	const sections = [
		{ path: 'opening', section: story.opening },
		...story.chapters.map((section, i) => ({ path: `chapters[${i}]`, section })),
		{ path: 'closing', section: story.closing }
	];
	return chartProblems(sections, indexStory(story), chartWords(story.meta.language)).map((p) => ({
		path: p.path,
		reason: p.message
	}));
}

function checkReferences(story: Story): Problem[] {
	const problems: Problem[] = [];
	const add = (path: string, reason: string) => problems.push({ path, reason });

	/** Collects the ids of a list, reporting any that repeat. */
	function idsOf<T>(list: T[], path: string, idOf: (t: T) => string, what = 'id'): Set<string> {
		const ids = new Set<string>();
		list.forEach((item, i) => {
			const id = idOf(item);
			if (ids.has(id)) add(`${path}[${i}].${what}`, `duplicate ${what} "${id}"`);
			ids.add(id);
		});
		return ids;
	}

	const sides = idsOf(story.sides, 'sides', (s) => s.id);
	const actors = idsOf(story.actors, 'actors', (a) => a.id);
	const claimants = idsOf(story.claimants, 'claimants', (c) => c.id);
	const places = idsOf(story.places, 'places', (p) => p.id);
	const sources = idsOf(story.sources, 'sources', (s) => s.id);
	const claims = idsOf(story.claims, 'claims', (c) => c.id);

	const sections: { path: string; section: Section }[] = [
		{ path: 'opening', section: story.opening },
		...story.chapters.map((section, i) => ({ path: `chapters[${i}]`, section })),
		{ path: 'closing', section: story.closing }
	];
	const slugs = new Set<string>();
	const periods = new Map<string, Span | undefined>();
	for (const { path, section } of sections) {
		if (slugs.has(section.slug)) add(`${path}.slug`, `duplicate slug "${section.slug}"`);
		if (RESERVED_SLUGS.includes(section.slug))
			add(`${path}.slug`, `slug "${section.slug}" is reserved for the site's own pages`);
		slugs.add(section.slug);
		let period: Span | undefined;
		if (section.period !== undefined) {
			period = parseStoryDate(section.period);
			if (!period) add(`${path}.period`, `date "${section.period}" does not parse`);
		}
		periods.set(section.slug, period);
	}

	const refs = (list: string[], known: Set<string>, path: string, what: string) =>
		list.forEach((id, j) => {
			if (!known.has(id)) add(`${path}[${j}]`, `unknown ${what} "${id}"`);
		});

	refs(story.map.anchors, places, 'map.anchors', 'place');
	const b = story.map.bounds;
	if (b.west >= b.east) add('map.bounds.west', 'west must be less than east');
	if (b.south >= b.north) add('map.bounds.south', 'south must be less than north');

	story.actors.forEach((a, i) => {
		if (!sides.has(a.side)) add(`actors[${i}].side`, `unknown side "${a.side}"`);
	});

	const checkDate = (date: string, path: string, period: Span | undefined, periodText?: string) => {
		const span = parseStoryDate(date);
		if (!span) add(path, `date "${date}" does not parse`);
		else if (period && !within(span, period))
			add(path, `date "${date}" falls outside the chapter's period ${periodText}`);
		return span;
	};

	const introducedBy = new Map<string, string>();
	for (const { path, section } of sections) {
		const period = periods.get(section.slug);
		section.steps.forEach((step, k) => {
			const at = `${path}.steps[${k}]`;
			checkDate(step.date, `${at}.date`, period, section.period);
			refs(step.places, places, `${at}.places`, 'place');
			refs(step.actors, actors, `${at}.actors`, 'actor');
			refs(step.sources, sources, `${at}.sources`, 'source');
			refs(step.about, claims, `${at}.about`, 'claim');
			refs(step.claims, claims, `${at}.claims`, 'claim');
			step.claims.forEach((id, j) => {
				const claim = story.claims.find((c) => c.id === id);
				if (!claim) return;
				const earlier = introducedBy.get(id);
				if (earlier) add(`${at}.claims[${j}]`, `claim "${id}" is already introduced at ${earlier}`);
				else introducedBy.set(id, at);
				if (claim.chapter !== section.slug)
					add(
						`${at}.claims[${j}]`,
						`claim "${id}" belongs to "${claim.chapter}", not "${section.slug}"`
					);
			});
		});
	}

	story.claims.forEach((c, i) => {
		const at = `claims[${i}]`;
		if (!slugs.has(c.chapter)) add(`${at}.chapter`, `unknown chapter "${c.chapter}"`);
		if (!actors.has(c.actor)) add(`${at}.actor`, `unknown actor "${c.actor}"`);
		if (!claimants.has(c.claimant)) add(`${at}.claimant`, `unknown claimant "${c.claimant}"`);
		refs(c.sources, sources, `${at}.sources`, 'source');
		const section = sections.find((s) => s.section.slug === c.chapter)?.section;
		checkDate(c.date, `${at}.date`, periods.get(c.chapter), section?.period);
		if (c.outOf !== undefined && (c.high ?? c.low) > c.outOf)
			add(`${at}.outOf`, 'the figure is larger than the whole it is part of');
		if (c.unit === 'percent' && (c.high ?? c.low) > 100) add(`${at}.low`, 'a percentage above 100');
		if (!introducedBy.has(c.id)) add(`${at}.id`, `claim "${c.id}" is never introduced by a step`);
	});

	story.sources.forEach((s, i) => {
		if (s.date !== undefined && !parseStoryDate(s.date))
			add(`sources[${i}].date`, `date "${s.date}" does not parse`);
	});
	for (const key of ['published', 'updated'] as const) {
		if (!parseStoryDate(story.meta[key]))
			add(`meta.${key}`, `date "${story.meta[key]}" does not parse`);
	}
	story.meta.changelog.forEach((entry, i) => {
		if (!parseStoryDate(entry.date))
			add(`meta.changelog[${i}].date`, `date "${entry.date}" does not parse`);
	});
	return problems;
}
