/**
 * Slugs a chapter cannot take, and why: a slug is a URL (`/<slug>/`), the name of its share image
 * (`/og/<slug>.png`) and the id of its section and headings in the page (`<slug>`, `<slug>-title`).
 */

/** Paths the site serves itself. */
const ROUTES = ['embed', 'sources', 'data', 'oembed', 'og', 'fonts', '_app', '_headers'];

/** The name of the whole piece's share image (`/og/index.png`). */
const IMAGES = ['index'];

/**
 * Ids the site's own page parts use, or that a slug's ids would repeat: `main` is the skip
 * link's target, `glossary` would make a second `glossary-title`, and so on.
 */
const PAGE_IDS = [
	'main',
	'claimants',
	'back-matter',
	'bibliography',
	'changes',
	'cite',
	'contents',
	'downloads',
	'glossary',
	'licence',
	'methods',
	'source'
];

/** The story's own sections. */
const SECTIONS = ['opening', 'closing'];

/** Why a chapter's slug cannot be used, or undefined when it can. */
export function reservedSlugReason(
	slug: string,
	section: 'chapter' | 'opening' | 'closing'
): string | undefined {
	if (ROUTES.includes(slug))
		return `slug "${slug}" is reserved for the site's own pages (/${slug}/)`;
	if (IMAGES.includes(slug))
		return `slug "${slug}" is reserved: /og/${slug}.png is the whole piece's share image`;
	if (PAGE_IDS.includes(slug))
		return `slug "${slug}" is reserved: the page already has an element with the id "${slug}" or "${slug}-title"`;
	if (section === 'chapter' && SECTIONS.includes(slug))
		return `slug "${slug}" is reserved for the story's ${slug} section`;
	return undefined;
}

/** Every slug a chapter cannot take, for the authoring guide and tests. */
export const RESERVED_SLUGS = [...ROUTES, ...IMAGES, ...PAGE_IDS, ...SECTIONS];
