/** The page's locale for its components: set once by the layout, read by any component. */
import { getContext, setContext } from 'svelte';
import { english, type Locale } from './index';

const key = Symbol('locale');

/** Called by the layout with the story's locale. */
export function provideLocale(locale: Locale): void {
	setContext(key, locale);
}

/** The locale the layout set, or English where none was (a component rendered alone). */
export function useLocale(): Locale {
	return getContext<Locale | undefined>(key) ?? english;
}
