/**
 * Checks a story file and says what is wrong in terms a writer can act on: every problem in one
 * run, one a line, each with the path of the offending field and, beside each position, the id
 * or title found there (`claims[1] (blue-killed-monitor).low`, `chapters[1] "Battle for the
 * ford" › steps[7] "East of the river" › places[1]`), and for an unknown id the nearest known one.
 *
 * Three passes over the input, all of which always run: the schema (shapes and types), the text
 * rules (invisible characters, lengths), and the cross-references and figures. The last two read
 * the raw input defensively, so a mistake in one place never hides a mistake in another.
 */
import { chartProblems } from '../charts/section-graphics';
import { reservedSlugReason } from './reserved';
import { hasTable, TABLES } from '../locale';
import { chartWords } from '../charts/step-chart';
import { indexStory } from './derive';
import * as v from 'valibot';
import { parseStoryDate, within, type Span } from './dates';
import { grouped as count } from './numbers';
import { hasStoryDateForm, LIMITS, OPEN_QUALIFIERS, StorySchema, type Story } from './schema';

export interface Problem {
	/** Where in the story, e.g. `chapters[1].steps[3].claims[0]`. */
	path: string;
	/** What is wrong there, in one line. */
	reason: string;
	/**
	 * The same place for a person: each position with the id or title found there, e.g.
	 * `chapters[1] "Battle for the ford" › steps[3] "East of the river" › claims[0]`.
	 */
	at?: string;
}

export type Validation = { ok: true; story: Story } | { ok: false; problems: Problem[] };

export { RESERVED_SLUGS } from './reserved';

export function formatProblem(p: Problem): string {
	return `${p.at || p.path || '(story)'}: ${p.reason}`;
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

/** Checks the shape of the story, its text, then every cross-reference; reports all problems. */
export function validateStory(input: unknown): Validation {
	const parsed = v.safeParse(StorySchema, input, { abortEarly: false });
	const problems: Problem[] = parsed.success
		? []
		: parsed.issues.map((issue) => ({ path: pathOf(issue), reason: reasonOf(issue) }));
	problems.push(...checkText(input), ...checkReferences(input));
	// Charts are laid out only once the story is sound: their problems need every reference.
	if (problems.length === 0 && parsed.success) problems.push(...checkCharts(parsed.output));
	if (problems.length === 0 && parsed.success) return { ok: true, story: parsed.output };
	return {
		ok: false,
		problems: dedupe(problems).map((p) => ({ ...p, at: describePath(input, p.path) }))
	};
}

function dedupe(problems: Problem[]): Problem[] {
	const seen = new Set<string>();
	return problems.filter((p) => {
		const key = `${p.path}: ${p.reason}`;
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

// ——— Reading untrusted input ———

type Loose = Record<string, unknown>;
const isObject = (x: unknown): x is Loose =>
	typeof x === 'object' && x !== null && !Array.isArray(x);
const obj = (x: unknown): Loose => (isObject(x) ? x : {});
const arr = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
const num = (x: unknown): number | undefined =>
	typeof x === 'number' && Number.isFinite(x) ? x : undefined;

/** A string as it may safely appear in a message: invisible characters spelt out, kept short. */
export function shown(text: string, max = 40): string {
	const cut = [...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text;
	return cut.replace(
		/[\p{Cc}\p{Cf}\u2028\u2029]/gu,
		(c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`
	);
}

// ——— Paths a person can follow ———

const SEGMENT = /([A-Za-z_$][\w$]*)|\[(\d+)\]/g;

/** Lists whose items are named by their title, the rest by their id. */
const TITLED = new Set(['chapters', 'steps', 'methods']);

/** `chapters[1].steps[7].places[1]` → `chapters[1] "Battle for the ford" › steps[7] "East of the river" › places[1]`. */
export function describePath(input: unknown, path: string): string {
	let node: unknown = input;
	let out = '';
	let sep = '';
	let list = '';
	for (const m of path.matchAll(SEGMENT)) {
		const [, key, position] = m;
		if (key !== undefined) {
			out += out === '' ? key : `${sep || '.'}${key}`;
			sep = '';
			node = obj(node)[key];
			list = key;
			if (key !== 'opening' && key !== 'closing') continue;
		} else {
			out += `[${position}]`;
			sep = '';
			node = arr(node)[Number(position)];
		}
		if (!isObject(node)) continue;
		const title = str(node['title']);
		const id = str(node['id']);
		if ((TITLED.has(list) || key !== undefined) && title) {
			out += ` "${shown(title)}"`;
			sep = ' › ';
		} else if (list === 'steps' && str(node['date'])) {
			out += ` (${shown(str(node['date'])!)})`;
			sep = ' › ';
		} else if (id) {
			out += ` (${shown(id)})`;
		}
	}
	return out;
}

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const next = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = next;
		}
	}
	return row[b.length]!;
}

/** The known id closest to `id`, when one is close enough to be a likely misspelling. */
export function nearest(id: string, known: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const k of known) {
		const d = distance(id, k);
		if (d < bestDistance) [best, bestDistance] = [k, d];
	}
	return best !== undefined && bestDistance <= Math.max(2, Math.floor(id.length / 3))
		? best
		: undefined;
}

// ——— Text: invisible characters and lengths ———

/** Bidirectional embedding, override and isolate controls: they reorder what readers see. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
/**
 * Invisible characters prose may keep because real languages need them: zero-width non-joiner
 * and joiner (Persian, Indic scripts, emoji sequences) and the left-to-right, right-to-left and
 * Arabic letter marks. Every other format character (U+FEFF, zero-width space, word joiner,
 * invisible operators, tags …) is refused. Names and ids refuse all of them.
 */
const PROSE_FORMAT_ALLOWED = new Set([0x200c, 0x200d, 0x200e, 0x200f, 0x061c]);

const CHARACTER_NAMES: Record<number, string> = {
	0x00ad: 'SOFT HYPHEN',
	0x061c: 'ARABIC LETTER MARK',
	0x200b: 'ZERO WIDTH SPACE',
	0x200c: 'ZERO WIDTH NON-JOINER',
	0x200d: 'ZERO WIDTH JOINER',
	0x200e: 'LEFT-TO-RIGHT MARK',
	0x200f: 'RIGHT-TO-LEFT MARK',
	0x2028: 'LINE SEPARATOR',
	0x2029: 'PARAGRAPH SEPARATOR',
	0x202a: 'LEFT-TO-RIGHT EMBEDDING',
	0x202b: 'RIGHT-TO-LEFT EMBEDDING',
	0x202c: 'POP DIRECTIONAL FORMATTING',
	0x202d: 'LEFT-TO-RIGHT OVERRIDE',
	0x202e: 'RIGHT-TO-LEFT OVERRIDE',
	0x2060: 'WORD JOINER',
	0x2066: 'LEFT-TO-RIGHT ISOLATE',
	0x2067: 'RIGHT-TO-LEFT ISOLATE',
	0x2068: 'FIRST STRONG ISOLATE',
	0x2069: 'POP DIRECTIONAL ISOLATE',
	0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM)'
};

function characterName(c: string): string {
	const code = c.codePointAt(0)!;
	const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
	const name = CHARACTER_NAMES[code];
	return name ? `${hex} (${name})` : hex;
}

/** Fields that name or identify something: no invisible character of any kind. */
const NAME_FIELDS = new Set(['id', 'slug', 'name', 'shortName', 'aliases', 'noun', 'side']);

/** Why the characters of a string are refused, or undefined. */
export function invisibleProblem(text: string, isName: boolean): string | undefined {
	let at = 0;
	for (const c of text) {
		at++;
		if (BIDI_CONTROLS.test(c))
			return `contains the invisible direction control ${characterName(c)} at character ${at}, which can reorder what readers see: delete it (the page sets the text direction itself)`;
		if (/[\u2028\u2029]/u.test(c))
			return `contains the invisible ${characterName(c)} at character ${at}: use a blank line between paragraphs, or delete it`;
		if (/\p{Cf}/u.test(c) && (isName || !PROSE_FORMAT_ALLOWED.has(c.codePointAt(0)!)))
			return `contains the invisible character ${characterName(c)} at character ${at}: ${isName ? 'names and ids may hold no invisible characters' : 'prose may hold only the joiners and direction marks a language needs'}; delete it`;
		// eslint-disable-next-line no-control-regex
		if (isName && /[\u0000-\u001f\u007f-\u009f]/u.test(c))
			return `contains the control character ${characterName(c)} at character ${at}: names are one line of plain text; delete it`;
	}
	return undefined;
}

function tooLong(text: string, limit: number, what: string, advice: string): string | undefined {
	const length = [...text].length;
	return length > limit
		? `${what} is ${count.format(length)} characters, more than the longest allowed, ${count.format(limit)}: ${advice}`
		: undefined;
}

/** The length rule for the string at `path` under `key`, or undefined when it passes. */
function lengthProblem(text: string, path: string, key: string): string | undefined {
	const inStep = /\.steps\[\d+\]$/.test(path.slice(0, path.lastIndexOf('.')));
	if (inStep && key === 'text')
		return tooLong(text, LIMITS.stepText, 'step text', 'split it into two steps');
	if (key === 'title' && !/^(sources|meta\.basedOn)\[/.test(path))
		return tooLong(text, LIMITS.title, 'title', 'shorten it; the title is one line on a phone');
	if (key === 'shortName')
		return tooLong(
			text,
			LIMITS.shortName,
			'short name',
			'it labels chart marks; keep it to a word or two'
		);
	if (NAME_FIELDS.has(key))
		return tooLong(text, LIMITS.name, 'name', 'shorten it, and put the rest in the description');
	return tooLong(text, LIMITS.prose, 'text', 'shorten it or split it');
}

/** Every string of the story, checked for invisible characters and length. */
function checkText(input: unknown): Problem[] {
	const problems: Problem[] = [];
	const visit = (node: unknown, path: string, key: string, depth: number) => {
		if (depth > 12) return;
		if (typeof node === 'string') {
			const reason = invisibleProblem(node, NAME_FIELDS.has(key)) ?? lengthProblem(node, path, key);
			if (reason) problems.push({ path, reason });
		} else if (Array.isArray(node)) {
			node.forEach((item, i) => visit(item, `${path}[${i}]`, key, depth + 1));
		} else if (isObject(node)) {
			for (const [k, value] of Object.entries(node))
				visit(value, path === '' ? k : `${path}.${k}`, k, depth + 1);
		}
	};
	visit(input, '', '', 0);
	return problems;
}

// ——— Cross-references and figures ———

interface SectionAt {
	path: string;
	section: Loose;
}

function checkReferences(input: unknown): Problem[] {
	const problems: Problem[] = [];
	const add = (path: string, reason: string) => problems.push({ path, reason });
	const story = obj(input);

	/** Collects the string ids of a list, reporting any that repeat. */
	function idsOf(list: unknown[], path: string, what = 'id'): Set<string> {
		const ids = new Set<string>();
		list.forEach((item, i) => {
			const id = str(obj(item)[what]);
			if (id === undefined) return;
			if (ids.has(id)) add(`${path}[${i}].${what}`, `duplicate ${what} "${shown(id)}"`);
			ids.add(id);
		});
		return ids;
	}

	const sides = idsOf(arr(story['sides']), 'sides');
	const actors = idsOf(arr(story['actors']), 'actors');
	const claimants = idsOf(arr(story['claimants']), 'claimants');
	const places = idsOf(arr(story['places']), 'places');
	const sources = idsOf(arr(story['sources']), 'sources');
	const claimList = arr(story['claims']);
	const claims = idsOf(claimList, 'claims');

	const sections: SectionAt[] = [];
	if (isObject(story['opening'])) sections.push({ path: 'opening', section: story['opening'] });
	arr(story['chapters']).forEach((section, i) => {
		if (isObject(section)) sections.push({ path: `chapters[${i}]`, section });
	});
	if (isObject(story['closing'])) sections.push({ path: 'closing', section: story['closing'] });

	const slugs = new Set<string>();
	const periods = new Map<string, { span?: Span; text?: string }>();
	for (const { path, section } of sections) {
		const slug = str(section['slug']);
		if (slug === undefined) continue;
		if (slugs.has(slug)) add(`${path}.slug`, `duplicate slug "${shown(slug)}"`);
		const reserved = reservedSlugReason(slug, path.startsWith('chapters') ? 'chapter' : 'opening');
		if (reserved) add(`${path}.slug`, reserved);
		slugs.add(slug);
		const period = str(section['period']);
		let span: Span | undefined;
		if (period !== undefined) {
			span = parseStoryDate(period);
			if (!span) add(`${path}.period`, `date "${shown(period)}" does not parse`);
		}
		periods.set(slug, { span, text: period });
	}

	const refs = (list: unknown, known: Set<string>, path: string, what: string) =>
		arr(list).forEach((id, j) => {
			if (typeof id !== 'string' || known.has(id)) return;
			const guess = nearest(id, known);
			add(
				`${path}[${j}]`,
				`unknown ${what} "${shown(id)}"${guess ? ` (did you mean "${guess}"?)` : ''}`
			);
		});
	const ref = (id: unknown, known: Set<string>, path: string, what: string) => {
		if (typeof id !== 'string' || known.has(id)) return;
		const guess = nearest(id, known);
		add(path, `unknown ${what} "${shown(id)}"${guess ? ` (did you mean "${guess}"?)` : ''}`);
	};

	const map = obj(story['map']);
	refs(map['anchors'], places, 'map.anchors', 'place');
	const b = obj(map['bounds']);
	const [west, east, south, north] = [b['west'], b['east'], b['south'], b['north']].map(num);
	if (west !== undefined && east !== undefined && west >= east)
		add('map.bounds.west', 'west must be less than east');
	if (south !== undefined && north !== undefined && south >= north)
		add('map.bounds.south', 'south must be less than north');

	arr(story['actors']).forEach((a, i) => ref(obj(a)['side'], sides, `actors[${i}].side`, 'side'));

	const checkDate = (date: unknown, path: string, period?: { span?: Span; text?: string }) => {
		// A date of the wrong form is already reported by the schema.
		if (typeof date !== 'string' || !hasStoryDateForm(date)) return;
		const span = parseStoryDate(date);
		if (!span) add(path, `date "${shown(date)}" does not parse`);
		else if (period?.span && !within(span, period.span))
			add(path, `date "${date}" falls outside the chapter's period ${period.text}`);
	};

	const claimById = new Map<string, Loose>();
	for (const c of claimList) {
		const id = str(obj(c)['id']);
		if (id !== undefined && !claimById.has(id)) claimById.set(id, obj(c));
	}

	const introducedBy = new Map<string, string>();
	for (const { path, section } of sections) {
		const slug = str(section['slug']);
		const period = slug === undefined ? undefined : periods.get(slug);
		arr(section['steps']).forEach((raw, k) => {
			const step = obj(raw);
			const at = `${path}.steps[${k}]`;
			checkDate(step['date'], `${at}.date`, period);
			refs(step['places'], places, `${at}.places`, 'place');
			refs(step['actors'], actors, `${at}.actors`, 'actor');
			refs(step['sources'], sources, `${at}.sources`, 'source');
			refs(step['about'], claims, `${at}.about`, 'claim');
			refs(step['claims'], claims, `${at}.claims`, 'claim');
			arr(step['claims']).forEach((id, j) => {
				if (typeof id !== 'string') return;
				const claim = claimById.get(id);
				if (!claim) return;
				const earlier = introducedBy.get(id);
				if (earlier)
					add(
						`${at}.claims[${j}]`,
						`claim "${id}" is already introduced at ${describePath(input, earlier)}`
					);
				else introducedBy.set(id, at);
				const chapter = str(claim['chapter']);
				if (chapter !== undefined && slug !== undefined && chapter !== slug)
					add(`${at}.claims[${j}]`, `claim "${id}" belongs to "${chapter}", not "${slug}"`);
			});
		});
	}

	claimList.forEach((raw, i) => {
		const c = obj(raw);
		const at = `claims[${i}]`;
		const chapter = str(c['chapter']);
		ref(chapter, slugs, `${at}.chapter`, 'chapter');
		ref(c['actor'], actors, `${at}.actor`, 'actor');
		ref(c['claimant'], claimants, `${at}.claimant`, 'claimant');
		refs(c['sources'], sources, `${at}.sources`, 'source');
		checkDate(c['date'], `${at}.date`, chapter === undefined ? undefined : periods.get(chapter));
		checkFigure(c, at, add);
		const id = str(c['id']);
		if (id !== undefined && !introducedBy.has(id))
			add(`${at}.id`, `claim "${shown(id)}" is never introduced by a step`);
	});

	arr(story['sources']).forEach((s, i) => {
		const date = str(obj(s)['date']);
		if (date !== undefined && hasStoryDateForm(date) && !parseStoryDate(date))
			add(`sources[${i}].date`, `date "${shown(date)}" does not parse`);
	});
	const meta = obj(story['meta']);
	const language = str(meta['language']);
	if (language !== undefined && /^[a-z]{2}(?:-[A-Z]{2})?$/.test(language) && !hasTable(language))
		add(
			'meta.language',
			`the site has no interface words for "${shown(language)}"; it has ${Object.keys(TABLES).join(', ')} (add a table in src/lib/locale)`
		);
	for (const key of ['published', 'updated'] as const) {
		const date = str(meta[key]);
		if (date !== undefined && hasStoryDateForm(date) && !parseStoryDate(date))
			add(`meta.${key}`, `date "${shown(date)}" does not parse`);
	}
	arr(meta['changelog']).forEach((entry, i) => {
		const date = str(obj(entry)['date']);
		if (date !== undefined && hasStoryDateForm(date) && !parseStoryDate(date))
			add(`meta.changelog[${i}].date`, `date "${shown(date)}" does not parse`);
	});
	return problems;
}

/** How low, high, the qualifier and the unit of one claim fit together. */
function checkFigure(c: Loose, at: string, add: (path: string, reason: string) => void) {
	const low = num(c['low']);
	const high = num(c['high']);
	const hasHigh = c['high'] !== undefined;
	const qualifier = str(c['qualifier']);
	const open = qualifier !== undefined && OPEN_QUALIFIERS.includes(qualifier);
	if (low !== undefined && high !== undefined && low > high)
		add(`${at}.low`, `low ${count.format(low)} is greater than high ${count.format(high)}`);
	if (!hasHigh && !open)
		add(
			`${at}.high`,
			'a figure without high must have an open qualifier (at-least, more-than, dozens, several)'
		);
	if (hasHigh && open) add(`${at}.high`, 'an open-ended figure has no high');
	if (qualifier === 'fewer-than' && (low !== 0 || !hasHigh))
		add(
			`${at}.low`,
			'a "fewer-than" figure is open at the bottom: write low 0 and the stated figure as high ("fewer than 20": low: 0, high: 20)'
		);
	if (Array.isArray(c['sources']) && c['sources'].length === 0)
		add(`${at}.sources`, 'a claim needs at least one source');
	const top = high ?? low;
	const outOf = num(c['outOf']);
	if (outOf !== undefined && top !== undefined && top > outOf)
		add(`${at}.outOf`, 'the figure is larger than the whole it is part of');
	if (c['unit'] === 'percent' && top !== undefined && top > 100)
		add(`${at}.low`, 'a percentage above 100');
}
