/**
 * The shape of a story file, checked at run time. Cross-references (unknown ids, dates outside a
 * chapter's period …) are checked afterwards in `validate.ts`, where the whole story is in view.
 */
import * as v from 'valibot';
import { grouped as number } from './numbers';

/** Ids are what URLs, DOM attributes and cross-references are built from: keep them plain. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * A day, a month, a year, or a period of any two: `2014-08-02`, `2014-06`, `1815`,
 * `2014-08-02/2014-08-12`, `1814/1815`.
 */
const STORY_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/;

/**
 * The largest values a story may hold. Beyond them a value is a typing error or an attack (a
 * figure of 1e308 prints as a 410-character number; a 50,000-character step is a card taller
 * than any screen), and the validator refuses it, naming the limit. The story's own longest
 * step is 528 characters and its longest short name 23, so these leave ample room.
 */
export const LIMITS = {
	/** Largest figure, 10^10: more than any count of people or km² on Earth. */
	figure: 1e10,
	/** Longest step text, in characters: about three phone screens; split a longer step. */
	stepText: 1500,
	/** Longest title (the piece's, a section's, a step's, a methods note's). */
	title: 100,
	/** Longest short name: it labels chart marks, so a word or two. */
	shortName: 40,
	/** Longest name of an actor, claimant, side or place, or alias. */
	name: 120,
	/** Longest of any other text (summaries, descriptions, notes, methods). */
	prose: 4000
} as const;

/** Whether a string has the form of a story date (it may still name no real day). */
export function hasStoryDateForm(text: string): boolean {
	return STORY_DATE.test(text);
}

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
	v.regex(STORY_DATE, 'date must be YYYY-MM-DD, YYYY-MM, YYYY or a period start/end')
);

const Url = v.pipe(
	v.string('must be a URL'),
	v.regex(/^https:\/\/[^\s<>"]+$/, 'must be an https:// URL')
);

/** Where a source can be read: http is fine for an old page; javascript:, data: and the rest are not. */
const SourceUrl = v.pipe(
	v.string('must be a URL'),
	v.regex(/^https?:\/\/[^\s<>"/][^\s<>"]*$/, 'must be an http:// or https:// URL')
);

const Count = v.pipe(
	v.number('must be a number'),
	v.finite('must be a finite number'),
	v.minValue(0, 'must not be negative'),
	v.maxValue(
		LIMITS.figure,
		(issue) =>
			`figure ${typeof issue.input === 'number' && issue.input < 1e15 ? number.format(issue.input) : String(issue.input)} is larger than the largest allowed, ${number.format(LIMITS.figure)} (10^10): check it for a typing error`
	)
);

export const ArticleSchema = v.strictObject({
	title: Prose,
	publisher: Prose,
	url: SourceUrl,
	licence: Prose,
	licenceUrl: SourceUrl
});

export const MetaSchema = v.strictObject({
	title: Prose,
	/** A short form of the title, for the chapter kicker and the top bar (else the title, cut). */
	shortTitle: v.optional(Prose),
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
	/** What the piece says of its own text, printed in the credits ("The text is our own."). */
	credit: v.optional(Prose),
	changelog: v.array(v.strictObject({ date: StoryDate, note: Prose }))
});

const Colour = v.pipe(
	v.string('must be a colour'),
	v.regex(/^#[0-9a-f]{6}$/i, 'must be a colour written #rrggbb')
);

export const SideSchema = v.strictObject({ id: Id, name: Prose });

export const ActorSchema = v.strictObject({
	id: Id,
	name: Prose,
	/** Other names the sources use for this actor; searchable, not shown on the charts. */
	aliases: v.optional(v.array(Prose)),
	shortName: Prose,
	/** What a count of this actor is a count of, e.g. "soldiers". */
	noun: Prose,
	/** One of `noun` ("soldier"), where the language's rule would get it wrong. */
	nounSingular: v.optional(Prose),
	/** The noun's gender, for languages whose words agree with it (French: "personnes tuées"). */
	nounGender: v.optional(
		v.picklist(['masculine', 'feminine'], 'nounGender must be masculine or feminine')
	),
	side: Id,
	description: Prose,
	/** The actor's colour in charts, light and dark; allies take shades of one hue. */
	colour: v.optional(v.strictObject({ light: Colour, dark: Colour }))
});

export const ClaimantSchema = v.strictObject({
	id: Id,
	name: Prose,
	shortName: Prose,
	description: Prose,
	/** Set when the claimant names no one (an article's own voice, "another report"): charts
	 * then label its figures by the report they rest on instead of by this name. */
	namedBySource: v.optional(v.boolean())
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

/** What a source is: the articles a story is based on, or what they cite. */
export const SOURCE_KINDS = [
	'article',
	'report',
	'book',
	'dataset',
	'interview',
	'broadcast'
] as const;

export const SourceSchema = v.strictObject({
	id: Id,
	title: Prose,
	kind: v.picklist(SOURCE_KINDS, `kind must be one of ${SOURCE_KINDS.join(', ')}`),
	publisher: v.optional(Prose),
	date: v.optional(StoryDate),
	url: v.optional(SourceUrl),
	/** Where the source articles cite it, e.g. "Military Wiki, note 23". */
	citedAs: v.optional(Prose),
	/** Set when the only thing known of the report is its headline. */
	headlineOnly: v.optional(v.boolean()),
	/** A few words that name the source on a chart, e.g. a headline's own words in quotes. */
	shortTitle: v.optional(Prose)
});

export const MEASURES = [
	'strength',
	'killed',
	'wounded',
	/** Killed and wounded together, when a source gives only the combined figure. */
	'casualties',
	'captured',
	'released',
	'missing',
	'executed',
	'displaced',
	'territory'
] as const;

/**
 * How a figure was stated when it is not one plain number. `fewer-than` is open at the bottom:
 * "fewer than 20" is `low: 0, high: 20` (no lower bound is known, and a count cannot go below 0).
 */
export const QUALIFIERS = [
	'at-least',
	'more-than',
	'about',
	'dozens',
	'several',
	'fewer-than'
] as const;
/** Qualifiers that leave the figure open at the top. */
export const OPEN_QUALIFIERS: readonly string[] = ['at-least', 'more-than', 'dozens', 'several'];

/** What is counted when it is not people, km² or a share: `{ singular: 'horse', plural: 'horses' }`. */
export const UnitNounSchema = v.strictObject({ singular: Prose, plural: Prose });
export type UnitNoun = v.InferOutput<typeof UnitNounSchema>;

export const UNITS = ['people', 'km2', 'percent'] as const;
export type Unit = (typeof UNITS)[number];

const ClaimFields = v.strictObject({
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
	/** `people` (a count of the actor's `noun`), `km2`, `percent`, or a noun of its own. */
	unit: v.optional(
		v.union(
			[v.picklist(UNITS), UnitNounSchema],
			"unit must be people, km2, percent or { singular: 'horse', plural: 'horses' }"
		),
		'people'
	),
	/** For a share: the whole it is a share of (310 of 780 km²). */
	outOf: v.optional(Count),
	/** Who stated the figure: a claimant id. */
	claimant: Id,
	date: StoryDate,
	sources: v.array(Id),
	note: v.optional(Prose)
});
type ClaimFields = v.InferOutput<typeof ClaimFields>;
/** A claim once read: `unit` is always a string, and a noun unit is in `unitNoun`. */
type ReadClaim = Omit<ClaimFields, 'unit'> & { unit: Unit; unitNoun?: UnitNoun };

export const ClaimSchema = v.pipe(
	ClaimFields,
	// Counts are a count of something: a noun unit counts that noun, and its axis is its own. The
	// charts read `unit` (people, km2, percent) and `unitNoun`; a noun unit is a count, like people.
	v.transform(({ unit, ...claim }: ClaimFields): ReadClaim =>
		typeof unit === 'string' ? { ...claim, unit } : { ...claim, unit: 'people', unitNoun: unit }
	)
	// How low, high and the qualifier fit together is checked in validate.ts, so that it is
	// reported even when some other field of the same claim is wrong.
);

/** The kinds of chart a step's graphic can be; `auto` picks from the figures. */
export const GRAPHIC_KINDS = [
	'auto',
	'map',
	'ranges',
	'running-count',
	'composition',
	'comparison'
] as const;

/** What a step's graphic shows, when the story says so; otherwise it is derived. */
export const StepGraphicSchema = v.strictObject({
	kind: v.optional(
		v.picklist(GRAPHIC_KINDS, `kind must be one of ${GRAPHIC_KINDS.join(', ')}`),
		'auto'
	),
	/** The finding in one line; every number in it must be shown or computed from what is. */
	headline: v.optional(Prose),
	/** One more line under the headline. */
	note: v.optional(Prose),
	/** The figures to draw, when the step has more than fit its frame; the section's complete
	 * set, shown without JavaScript and in print, keeps the rest. */
	claims: v.optional(v.array(Id)),
	/** A running count: its claims in date order, one actor and measure. */
	series: v.optional(v.array(Id)),
	/** A composition: the claim that is a sum, and the claims it adds up. */
	total: v.optional(Id),
	parts: v.optional(v.array(Id)),
	/** Figures of different scopes drawn on one axis, because the step compares them; each
	 * scope's rows are titled with it. */
	compareScopes: v.optional(v.boolean())
});

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
	sources: v.pipe(v.array(Id), v.minLength(1, 'a step must cite at least one source')),
	/** What the step's graphic shows, when the derived one is not what the step needs. */
	graphic: v.optional(StepGraphicSchema)
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
export type StepGraphicInput = Story['chapters'][number]['steps'][number]['graphic'];
export type GraphicKind = (typeof GRAPHIC_KINDS)[number];
