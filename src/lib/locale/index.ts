/**
 * The interface's language, chosen by the story's `meta.language`: its words, its direction,
 * and numbers and dates written through `Intl` the way that language writes them. Adding a
 * language is adding a table to `TABLES`; a table missing a key does not compile.
 */
import { formatStoryDate } from '../story/dates';
import { en } from './en';
import { fr } from './fr';
import type { Actor } from '../story/schema';
import type { Noun, Words } from './words';

export type { Noun, Words } from './words';

/** An actor's noun with what the story says of its grammar, for `Words.counts`. */
export const nounOf = (
	actor?: Pick<Actor, 'noun' | 'nounSingular' | 'nounGender'>
): Noun | undefined =>
	actor && { plural: actor.noun, singular: actor.nounSingular, gender: actor.nounGender };

/** The built-in tables, by primary language subtag. */
export const TABLES = { en, fr } satisfies Record<string, Words>;

export type Language = keyof typeof TABLES;

export interface Locale {
	/** The story's language tag, for `lang` and `Intl`. */
	language: string;
	dir: 'ltr' | 'rtl';
	words: Words;
	/** A number as the language writes it: "1,700,000", "1 700 000". */
	number: (n: number) => string;
	/** A story date as a reader reads it: "2–12 August 2014", "2–12 août 2014". */
	date: (storyDate: string) => string;
	/** Names joined as a list: "A, B and C", "A, B et C". */
	list: (items: string[]) => string;
	/** The months' names, January first: "January", "janvier". */
	months: string[];
}

/** Whether the site has an interface table for a language tag (`fr`, `fr-CA`). */
export function hasTable(language: string): boolean {
	return primary(language) in TABLES;
}

const primary = (language: string) => language.split('-')[0]!.toLowerCase();

function monthsOf(language: string): string[] {
	const format = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
	return Array.from({ length: 12 }, (_, i) => format.format(Date.UTC(2001, i, 15)));
}

const cache = new Map<string, Locale>();

/** The locale for a story's language; English where the site has no table for it. */
export function localeOf(language = 'en'): Locale {
	const known = cache.get(language);
	if (known) return known;
	const key = primary(language);
	const words: Words = key in TABLES ? TABLES[key as Language] : en;
	// English keeps its day-month-year order and British spelling of the months.
	const tag = key === 'en' ? 'en-GB' : language;
	const numbers = new Intl.NumberFormat(tag);
	const months = monthsOf(tag);
	const lists = new Intl.ListFormat(tag, { type: 'conjunction' });
	const locale: Locale = {
		language,
		dir: words.dir,
		words,
		number: (n) => numbers.format(n),
		date: (d) => formatStoryDate(d, months),
		list: (items) => lists.format(items),
		months
	};
	cache.set(language, locale);
	return locale;
}

/** English, the default where nothing else is asked for. */
export const english: Locale = localeOf('en');
