/**
 * The shape of a story file, checked at run time. Cross-references (unknown ids, dates outside a
 * chapter's period …) are checked afterwards in `validate.ts`, where the whole story is in view.
 */
import * as v from 'valibot';

/** Ids are what URLs, DOM attributes and cross-references are built from: keep them plain. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A day, a month, or a period of either: `2014-08-02`, `2014-06`, `2014-08-02/2014-08-12`. */
const STORY_DATE = /^\d{4}-\d{2}(?:-\d{2})?(?:\/\d{4}-\d{2}(?:-\d{2})?)?$/;

/** Why a piece of prose is refused, or undefined when it can be shown as text. */
export function proseProblem(text: string): string | undefined {
	if (text.trim() === '') return 'empty prose';
	if (/<\/?[a-z!?][^>]*>/i.test(text)) return 'prose contains an HTML tag';
	// Browsers ignore tabs, newlines and control characters inside a scheme name.
	// eslint-disable-next-line no-control-regex
	if (/javascript:/i.test(text.replace(/[\s\u0000-\u001f]/g, '')))
		return 'prose contains a javascript: URL';
	if (/&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text)) return 'prose contains an HTML entity';
	// eslint-disable-next-line no-control-regex
	if (/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(text)) return 'prose contains a control character';
	return undefined;
}

/** Text a reader sees. */
export const Prose = v.pipe(
	v.string('must be text'),
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const problem = proseProblem(dataset.value);
		if (problem) addIssue({ message: problem });
	})
);

export const Id = v.pipe(
	v.string('must be an id'),
	v.regex(ID, 'must be an id of lower-case letters, digits and single hyphens')
);

export const StoryDate = v.pipe(
	v.string('must be a date'),
	v.regex(STORY_DATE, 'date must be YYYY-MM-DD, YYYY-MM or a period start/end')
);

const Url = v.pipe(
	v.string('must be a URL'),
	v.regex(/^https:\/\/[^\s<>"]+$/, 'must be an https:// URL')
);

const Count = v.pipe(
	v.number('must be a number'),
	v.finite('must be a finite number'),
	v.minValue(0, 'must not be negative')
);

export const ArticleSchema = v.strictObject({
	title: Prose,
	publisher: Prose,
	url: Url,
	licence: Prose,
	licenceUrl: Url
});

export const MetaSchema = v.strictObject({
	title: Prose,
	dek: Prose,
	byline: Prose,
	language: v.pipe(v.string(), v.regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, 'must be a language tag')),
	/** Absolute origin the piece is published at, for canonical links and embed snippets. */
	siteUrl: Url,
	published: StoryDate,
	updated: StoryDate,
	/** The source articles the facts are drawn from, credited on the piece. */
	basedOn: v.pipe(v.array(ArticleSchema), v.minLength(1, 'at least one source article')),
	licence: Prose,
	changelog: v.array(v.strictObject({ date: StoryDate, note: Prose }))
});

export const SideSchema = v.strictObject({ id: Id, name: Prose });

export const ActorSchema = v.strictObject({
	id: Id,
	name: Prose,
	shortName: Prose,
	/** What a count of this actor is a count of, e.g. "soldiers". */
	noun: Prose,
	side: Id,
	description: Prose
});

export const ClaimantSchema = v.strictObject({
	id: Id,
	name: Prose,
	shortName: Prose,
	description: Prose
});

const Longitude = v.pipe(
	v.number('must be a number'),
	v.finite('must be a finite number'),
	v.minValue(-180, 'longitude out of range'),
	v.maxValue(180, 'longitude out of range')
);
const Latitude = v.pipe(
	v.number('must be a number'),
	v.finite('must be a finite number'),
	v.minValue(-90, 'latitude out of range'),
	v.maxValue(90, 'latitude out of range')
);

/** A known extent: a closed ring of [longitude, latitude] points, the first repeated at the end. */
const Outline = v.pipe(
	v.array(v.tuple([Longitude, Latitude], 'each point must be [longitude, latitude]')),
	v.minLength(4, 'an outline needs at least three points and the first again at the end'),
	v.check((ring) => {
		const [first, last] = [ring[0], ring[ring.length - 1]];
		return !!first && !!last && first[0] === last[0] && first[1] === last[1];
	}, 'an outline must be a closed ring: its last point must repeat its first')
);

export const PlaceSchema = v.pipe(
	v.strictObject({
		id: Id,
		name: Prose,
		aliases: v.optional(v.array(Prose), []),
		country: Prose,
		kind: Prose,
		lat: Latitude,
		lon: Longitude,
		precision: v.picklist(
			['gazetteer', 'approximate'],
			'precision must be gazetteer or approximate'
		),
		/** Radius in km within which the place lies; required when approximate. */
		uncertaintyKm: v.optional(v.pipe(Count, v.minValue(0.1, 'uncertainty must be positive'))),
		/** Where the coordinate comes from. */
		provenance: Prose,
		/** Where an area's extent is known: its outline, drawn light, with its name across it. */
		outline: v.optional(Outline)
	}),
	v.forward(
		v.check(
			(p) => p.precision !== 'approximate' || p.uncertaintyKm !== undefined,
			'an approximate place needs an uncertainty in km'
		),
		['uncertaintyKm']
	)
);

export const SourceSchema = v.strictObject({
	id: Id,
	title: Prose,
	kind: v.picklist(['article', 'report'], 'kind must be article or report'),
	publisher: v.optional(Prose),
	date: v.optional(StoryDate),
	url: v.optional(Url),
	/** Where the source articles cite it, e.g. "Military Wiki, note 23". */
	citedAs: v.optional(Prose),
	/** Set when the only thing known of the report is its headline. */
	headlineOnly: v.optional(v.boolean())
});

export const MEASURES = [
	'strength',
	'killed',
	'wounded',
	'captured',
	'released',
	'missing',
	'executed',
	'displaced',
	'territory'
] as const;

/** How a figure was stated when it is not one plain number. */
export const QUALIFIERS = ['at-least', 'more-than', 'about', 'dozens', 'several'] as const;
/** Qualifiers that leave the figure open at the top. */
export const OPEN_QUALIFIERS: readonly string[] = ['at-least', 'more-than', 'dozens', 'several'];

export const ClaimSchema = v.pipe(
	v.strictObject({
		id: Id,
		/** The chapter or section slug the claim belongs to. */
		chapter: Id,
		actor: Id,
		measure: v.picklist(MEASURES, `measure must be one of ${MEASURES.join(', ')}`),
		/** What the figure counts: where and over what span, e.g. "at Youneen". */
		scope: Prose,
		low: Count,
		/** Absent for an open-ended figure ("20+", "dozens"). */
		high: v.optional(Count),
		qualifier: v.optional(
			v.picklist(QUALIFIERS, `qualifier must be one of ${QUALIFIERS.join(', ')}`)
		),
		unit: v.optional(
			v.picklist(['people', 'km2', 'percent'], 'unit must be people, km2 or percent'),
			'people'
		),
		/** For a share: the whole it is a share of (310 of 780 km²). */
		outOf: v.optional(Count),
		/** Who stated the figure: a claimant id. */
		claimant: Id,
		date: StoryDate,
		sources: v.array(Id),
		note: v.optional(Prose)
	}),
	v.forward(
		v.check((c) => c.high === undefined || c.low <= c.high, 'low is greater than high'),
		['low']
	),
	v.forward(
		v.check(
			(c) =>
				c.high !== undefined ||
				(c.qualifier !== undefined && OPEN_QUALIFIERS.includes(c.qualifier)),
			'a figure without high must have an open qualifier (at-least, more-than, dozens, several)'
		),
		['high']
	),
	v.forward(
		v.check(
			(c) =>
				c.qualifier === undefined || !OPEN_QUALIFIERS.includes(c.qualifier) || c.high === undefined,
			'an open-ended figure has no high'
		),
		['high']
	),
	v.forward(
		v.check((c) => c.sources.length > 0, 'a claim needs at least one source'),
		['sources']
	)
);

export const StepSchema = v.strictObject({
	/** A short run-in heading. */
	title: v.optional(Prose),
	date: StoryDate,
	/** Paragraphs separated by a blank line; plain text only. */
	text: Prose,
	places: v.optional(v.array(Id), []),
	actors: v.optional(v.array(Id), []),
	/** Claims this step introduces to the charts. */
	claims: v.optional(v.array(Id), []),
	/** Earlier claims this step is about, highlighted while it is active. */
	about: v.optional(v.array(Id), []),
	sources: v.pipe(v.array(Id), v.minLength(1, 'a step must cite at least one source'))
});

const SectionFields = {
	slug: Id,
	title: Prose,
	summary: Prose,
	steps: v.pipe(v.array(StepSchema), v.minLength(1, 'a chapter needs at least one step'))
};

export const SectionSchema = v.strictObject({ ...SectionFields, period: v.optional(StoryDate) });

export const ChapterSchema = v.strictObject({
	...SectionFields,
	period: StoryDate,
	/** One line recalling what came before, for readers who arrive at this chapter first. */
	previously: Prose
});

export const MapSchema = v.strictObject({
	/** The area the locator map shows. */
	bounds: v.strictObject({ west: Longitude, south: Latitude, east: Longitude, north: Latitude }),
	/** Places drawn on every map for orientation, though no step is about them. */
	anchors: v.array(Id)
});

export const StorySchema = v.strictObject({
	meta: MetaSchema,
	map: MapSchema,
	sides: v.pipe(v.array(SideSchema), v.minLength(1, 'at least one side')),
	actors: v.pipe(v.array(ActorSchema), v.minLength(1, 'at least one actor')),
	claimants: v.array(ClaimantSchema),
	places: v.array(PlaceSchema),
	sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'at least one source')),
	opening: SectionSchema,
	chapters: v.pipe(v.array(ChapterSchema), v.minLength(1, 'at least one chapter')),
	closing: SectionSchema,
	claims: v.array(ClaimSchema),
	/** Notes on method for the sources page: how figures are treated, and why they disagree. */
	methods: v.optional(v.array(v.strictObject({ title: Prose, text: Prose })), [])
});

/** A story as written in a story file. */
export type StoryInput = v.InferInput<typeof StorySchema>;
/** A story after its defaults are filled in. */
export type Story = v.InferOutput<typeof StorySchema>;
export type Meta = Story['meta'];
export type StoryMap = Story['map'];
export type Side = Story['sides'][number];
export type Actor = Story['actors'][number];
export type Claimant = Story['claimants'][number];
export type Place = Story['places'][number];
export type Source = Story['sources'][number];
export type Section = Story['opening'];
export type Chapter = Story['chapters'][number];
export type Step = Chapter['steps'][number];
export type Claim = Story['claims'][number];
export type Measure = (typeof MEASURES)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
