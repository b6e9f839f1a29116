/** Finds where the prose first names each actor, so that mention can link to the glossary. */
import { paragraphs } from './derive';
import type { Actor, Section } from './schema';

/** A run of a paragraph: plain text, or the first mention of an actor. */
export interface Segment {
	text: string;
	/** Set on the first mention of an actor in the section. */
	actor?: string;
	/** Set on a figure the step's graphic draws: the claim it states (figure-mentions.ts). */
	claim?: string;
}

export interface Named {
	id: string;
	/** The names the prose may use: full name, short name. */
	names: string[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits each step's paragraphs into segments, marking the first mention of each actor in the
 * section. Longer names win over shorter ones they contain ("Lebanese Army" over "Army").
 */
export function firstMentions(steps: string[][], actors: Named[]): Segment[][][] {
	const names = actors
		.flatMap((a) => a.names.map((name) => ({ id: a.id, name })))
		.filter((n) => n.name.trim().length > 1)
		.sort((a, b) => b.name.length - a.name.length);
	if (names.length === 0) return steps.map((ps) => ps.map((text) => [{ text }]));
	const pattern = new RegExp(
		`(?<![\\p{L}\\p{N}])(${names.map((n) => escapeRegExp(n.name)).join('|')})(?![\\p{L}\\p{N}])`,
		'gu'
	);
	const idOf = new Map(names.map((n) => [n.name, n.id]));
	const seen = new Set<string>();

	return steps.map((paragraphs) =>
		paragraphs.map((text) => {
			const segments: Segment[] = [];
			let at = 0;
			for (const match of text.matchAll(pattern)) {
				const id = idOf.get(match[0]);
				if (!id || seen.has(id)) continue;
				seen.add(id);
				if (match.index > at) segments.push({ text: text.slice(at, match.index) });
				segments.push({ text: match[0], actor: id });
				at = match.index + match[0].length;
			}
			if (at < text.length) segments.push({ text: text.slice(at) });
			return segments;
		})
	);
}

/** A section's steps as paragraphs of segments, first mentions of its actors marked. */
export function sectionMentions(section: Section, actors: Iterable<Actor>): Segment[][][] {
	return firstMentions(
		section.steps.map((s) => paragraphs(s.text)),
		[...actors].map((a) => ({ id: a.id, names: [a.name, a.shortName] }))
	);
}
