/**
 * What each page draws, worked out from the story in its load (src/routes/**\/+page.server.ts):
 * the page gets these view-models, never the whole story, and hands each component its part.
 */
import { claimsDrawn } from '../charts/section-graphics';
import { leadMap, type LeadMapData } from '../components/lead-map';
import { embedOf, stepImagesOf, type EmbedOffer, type StepImage } from '../embed/snippet';
import type { MapGeometry } from '../map/types';
import { previewAlt, previewClaims } from '../charts/preview-rows';
import { localeOf } from '../locale';
import { neighbours, sectionsInOrder, type Index } from './derive';
import { bibliography, citationOf, pageParts, shortTitleOf, type PageParts } from './page';
import type {
	Actor,
	Chapter,
	Claim,
	Claimant,
	Meta,
	Section,
	Source,
	Story,
	StoryMap
} from './schema';

/** What every section on a page is told besides itself (StorySection's shared props). */
export interface SectionContext {
	index: Index;
	map: StoryMap;
	notes: Map<string, number>;
	geometry?: MapGeometry;
	/** The claims the page draws, among them the forces a chapter is set against. */
	claims: Claim[];
}

/** The back matter every story page ends with. */
export interface BackMatter {
	glossary: { actors: Actor[]; claimants: Claimant[] };
	cite: { citation: string; url: string; title: string };
	citations: { claims: Claim[]; index: Index };
	credits: { meta: Meta; sources: Source[]; url: string };
}

export interface ChapterPageData extends BackMatter {
	meta: Pick<Meta, 'title' | 'siteUrl'>;
	menu: PageParts['menu'];
	chapter: Chapter;
	/** 1-based, and of how many. */
	number: number;
	count: number;
	/** The line above its title: the piece's short title and the chapter's number. */
	kicker: string;
	/** The share image's alt text. */
	imageAlt: string;
	sections: SectionContext;
	around: { previous?: Pick<Chapter, 'slug' | 'title'>; next?: Pick<Chapter, 'slug' | 'title'> };
	/** The chapter's embed, each step's, and each step's still image. */
	embed: EmbedOffer;
	stepEmbeds: EmbedOffer[];
	images: StepImage[];
}

const link = (c?: Chapter) => (c ? { slug: c.slug, title: c.title } : undefined);

function sectionContext(
	story: Story,
	parts: PageParts,
	claims: Claim[],
	geometry?: MapGeometry
): SectionContext {
	return { index: parts.index, map: story.map, notes: parts.notes, geometry, claims };
}

/** The back matter of a page at `url`: of one chapter (named), or of the whole piece. */
function backMatter(
	story: Story,
	parts: PageParts,
	url: string,
	claims: Claim[],
	chapter?: string
) {
	return {
		glossary: { actors: story.actors, claimants: story.claimants },
		cite: {
			citation: citationOf(story.meta, url, chapter),
			url,
			title: chapter ? `${chapter} — ${story.meta.title}` : story.meta.title
		},
		citations: { claims, index: parts.index },
		credits: { meta: story.meta, sources: parts.cited, url }
	} satisfies BackMatter;
}

/** One chapter's page (/<slug>/). */
export function chapterPageData(
	story: Story,
	slug: string,
	geometry?: MapGeometry
): ChapterPageData {
	const t = localeOf(story.meta.language).words;
	const number = story.chapters.findIndex((c) => c.slug === slug);
	const chapter = story.chapters[number]!;
	const claims = claimsDrawn(chapter, story.claims);
	const parts = pageParts(story, [chapter], chapter.slug, claims);
	const url = `${story.meta.siteUrl}/${chapter.slug}/`;
	const { previous, next } = neighbours(story, chapter.slug);
	return {
		meta: { title: story.meta.title, siteUrl: story.meta.siteUrl },
		menu: parts.menu,
		chapter,
		number: number + 1,
		count: story.chapters.length,
		kicker: `${shortTitleOf(story.meta)} · ${t.chapterOf(number + 1, story.chapters.length)}`,
		imageAlt: previewAlt(chapter.title, previewClaims(story, chapter.slug), t),
		sections: sectionContext(story, parts, claims, geometry),
		around: { previous: link(previous), next: link(next) },
		embed: embedOf(story, chapter),
		stepEmbeds: chapter.steps.map((_, i) => embedOf(story, chapter, i)),
		images: stepImagesOf(story, chapter),
		...backMatter(story, parts, url, claims, chapter.title)
	};
}

export interface StoryPageData extends BackMatter {
	meta: Meta;
	/** The share image's alt text. */
	imageAlt: string;
	menu: PageParts['menu'];
	lead: LeadMapData;
	/** The Contents list. */
	entries: { number: number; slug: string; title: string; when: string; line: string }[];
	sections: SectionContext;
	opening: Section;
	chapters: { section: Chapter; kicker: string; skipTo: { href: string; title: string } }[];
	closing: Section;
	methods: Story['methods'];
}

/** The whole piece (/). */
export function storyPageData(story: Story, geometry: MapGeometry): StoryPageData {
	const parts = pageParts(story, sectionsInOrder(story));
	const locale = localeOf(story.meta.language);
	return {
		meta: story.meta,
		imageAlt: previewAlt(story.meta.title, previewClaims(story), locale.words),
		menu: parts.menu,
		lead: leadMap(story, geometry),
		entries: story.chapters.map((c, i) => ({
			number: i + 1,
			slug: c.slug,
			title: c.title,
			when: locale.date(c.period),
			line: c.summary
		})),
		sections: sectionContext(story, parts, story.claims, geometry),
		opening: story.opening,
		chapters: story.chapters.map((section, i) => {
			const next = story.chapters[i + 1] ?? story.closing;
			return {
				section,
				kicker: locale.words.chapterN(i + 1),
				skipTo: { href: `#${next.slug}`, title: next.title }
			};
		}),
		closing: story.closing,
		methods: story.methods,
		...backMatter(story, parts, `${story.meta.siteUrl}/`, story.claims)
	};
}

export interface EmbedPageData {
	meta: Meta;
	chapter: Chapter;
	count: number;
	sections: SectionContext;
	glossary: BackMatter['glossary'];
	citations: BackMatter['citations'];
	credits: BackMatter['credits'];
}

/** One chapter, embeddable (/embed/<slug>/). */
export function embedPageData(story: Story, slug: string, geometry?: MapGeometry): EmbedPageData {
	const chapter = story.chapters.find((c) => c.slug === slug)!;
	const claims = claimsDrawn(chapter, story.claims);
	const parts = pageParts(story, [chapter], chapter.slug, claims);
	const back = backMatter(
		story,
		parts,
		`${story.meta.siteUrl}/${chapter.slug}/`,
		claims,
		chapter.title
	);
	return {
		meta: story.meta,
		chapter,
		count: story.chapters.length,
		sections: sectionContext(story, parts, claims, geometry),
		glossary: back.glossary,
		citations: back.citations,
		credits: back.credits
	};
}

export interface SourcesPageData {
	meta: Meta;
	/** The measures the story's claims use, for the data dictionary. */
	measures: Claim['measure'][];
	/** The share image's alt text. */
	imageAlt: string;
	menu: PageParts['menu'];
	methods: Story['methods'];
	glossary: BackMatter['glossary'];
	/** The sources of each section, in order of first citation. */
	bibliography: { section: Pick<Section, 'slug' | 'title'>; sources: Source[] }[];
}

/** Methods and sources (/sources/). */
export function sourcesPageData(story: Story): SourcesPageData {
	return {
		meta: story.meta,
		measures: [...new Set(story.claims.map((c) => c.measure))],
		imageAlt: previewAlt(
			story.meta.title,
			previewClaims(story),
			localeOf(story.meta.language).words
		),
		menu: pageParts(story, [], 'sources').menu,
		methods: story.methods,
		glossary: { actors: story.actors, claimants: story.claimants },
		bibliography: bibliography(story).map(({ section, sources }) => ({
			section: { slug: section.slug, title: section.title },
			sources
		}))
	};
}
