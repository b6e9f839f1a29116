/**
 * Every word the site prints around a story, as one typed table per language. A table that
 * leaves a key out does not compile. Phrases that hold a value are functions of it, so each
 * language orders its own words.
 */
import type { Measure } from '../story/schema';

/** What a count of an actor counts: its plural noun, and where the story gives them its singular
 * and gender, for languages whose words agree with the count. */
export interface Noun {
	plural: string;
	singular?: string;
	gender?: 'masculine' | 'feminine';
}

export interface Words {
	/** Text direction of the language. */
	dir: 'ltr' | 'rtl';

	// Top bar, menu and chapter links
	skipToStory: string;
	chapters: string;
	wholeStory: string;
	methodsAndSources: string;
	moreChapters: string;
	previousChapter: (title: string) => string;
	nextChapter: (title: string) => string;
	/** The kicker over a chapter on its own page: "Chapter 2 of 6". */
	chapterOf: (n: number, total: number) => string;
	/** The kicker over a chapter in the whole piece: "Chapter 2". */
	chapterN: (n: number) => string;
	previously: string;
	noForces: string;
	skipToNext: (title: string) => string;

	// Opening and back matter
	updated: string;
	contents: string;
	leadCaption: (chapters: number) => string;
	aboutPiece: string;
	aboutPieceLine: string;
	methods: string;
	methodsInFull: string;

	// Steps
	stepN: (n: number) => string;
	/** The caption of a chart's table of figures: "Every figure in <of>: …". */
	tableCaption: (of: string) => string;
	/** Said politely when an actor or place is picked (`{name}`), and when cleared. */
	announcePicked: string;
	announceCleared: string;
	/** The fold at an embed's foot. */
	embedBack: string;
	/** The toggle a compact embed folds a step's text under. */
	readThisStep: string;
	/** Before the headline of a sticky graphic folded to one line. */
	graphicLabel: string;
	sourcesLabel: string;
	sourceN: (n: number) => string;

	// Embedding, citing, sharing
	embedThis: string;
	embedHelp: (title: string) => string;
	embedCode: string;
	copyEmbedCode: string;
	/** The embed's credit line: "From <piece>, a story in 4 chapters. …" */
	embedFrom: string;
	embedRest: (chapters: number) => string;
	/** The embed panel's part on single steps and their still images. */
	embedSteps: string;
	embedStepsHelp: string;
	embedStepCode: (n: number) => string;
	stillImage: (n: number) => string;
	altText: string;
	creditLabel: string;
	linkLabel: string;
	citeThis: string;
	copyCitation: string;
	citation: string;
	share: string;
	copyLink: string;
	link: string;
	/** What the page's script says once something is copied: "Citation copied." */
	copied: (what: string) => string;
	copyFailed: string;
	/** A ready citation: "“Chapter”, in Piece". */
	partOf: (chapter: string, piece: string) => string;
	lastUpdated: (date: string) => string;

	// Credits and sources
	sources: string;
	credits: string;
	/** "The facts and figures in this piece are drawn from" the story's list of works. */
	drawnFrom: string;
	/** After the works drawn from, where the page cites other sources too. */
	andSourcesAbove: string;
	and: string;
	citedAs: (where: string) => string;
	knownByHeadline: string;
	thisPage: string;
	publishedUpdated: (byline: string, published: string, updated: string) => string;
	sourcesByChapter: string;
	licenceAndCredits: string;
	underLicence: string;
	mapBorders: string;
	mapBordersShort: string;
	changes: string;
	lastChecked: (date: string) => string;
	sourcesLede: (title: string) => string;
	sourcesDescription: (title: string) => string;

	// Who is who
	whoIsWho: string;
	whoGaveFigures: string;
	alsoCalled: (names: string) => string;

	// Data
	data: string;
	csvLink: string;
	jsonLink: string;
	/** The data dictionary's fields, in order: the CSV column and what it holds. The list of
	 * measures follows the `measure` field's text. */
	dictionaryIntro: string;
	dictionary: () => { field: string; text: string; values?: string[] }[];
	dictionaryOutro: string;
	/** What a measure value in the data means, after the value: strength "for the number under
	 * arms"; empty where the value says it. */
	measureMeaning: Record<Measure, string>;

	// Charts
	figuresTable: string;
	claimant: string;
	figure: string;
	date: string;
	reportedIn: string;
	stated: (date: string) => string;
	close: string;
	highlightActor: string;
	/**
	 * What a count counts, agreed with it: "rebels killed", "1 person killed"; in French
	 * "personnes tuées", "1 soldat tué". `noun` is the actor's (the language's `people` when
	 * absent); `count` is the figure the words agree with (absent for "dozens", ranges, a title).
	 */
	counts: (measure: Exclude<Measure, 'territory'>, noun?: Noun, count?: number) => string;
	/** Territory in a headline, by an actor's noun mid-sentence: "territory taken by rebels". */
	territoryTakenBy: (noun?: string) => string;
	/** A label and what it says: "Rebels killed: Monitor 36"; French "Rebelles tués : …". */
	colon: (label: string, text: string) => string;
	/** The verb or phrase that follows a count: "36 rebels killed". */
	measures: Record<Measure, string>;
	/** A short heading for each measure. */
	measureLabels: Record<Measure, string>;
	atLeast: (n: string) => string;
	moreThan: (n: string) => string;
	fewerThan: (n: string) => string;
	about: (n: string) => string;
	dozens: (noun?: string) => string;
	/** What follows "dozens" set apart from it (in bold): "of rebels killed", "d’habitants …". */
	dozensOf: (noun: string) => string;
	several: (noun?: string) => string;
	/** "310 of 780": a share of a whole. */
	outOf: (part: string, whole: string) => string;
	/** What territory counts: "territory taken by the army". */
	territoryBy: (who: string) => string;
	/** A territory claim in one line: "310 km² taken by the army". */
	takenBy: (figure: string, who: string) => string;
	/** Whose a count in a noun unit is: "of the army" in "12 horses of the army". */
	whose: (who: string) => string;
	oneSide: string;
	people: string;
	/** One of `people`: "1 person killed". */
	person: string;
	/** A claim's label where only an article states it: "Wikipedia text". */
	articleText: (publisher: string) => string;
	/** Said of a row whose `count` claims give one figure: "both agree", "all agree". */
	agree: (count: number) => string;
	/** Said of a row whose `count` claims give one number, some of them as an estimate:
	 * "both say 12". */
	sameNumber: (count: number, figure: string) => string;
	apart: (times: number) => string;
	or: string;
	figuresDiffer: string;
	agreeOn: (subject: string, who: string, figure: string) => string;
	moreFigures: (n: number) => string;
	noDispute: string;
	disputes: (n: number) => string;
	ownScale: string;
	ownScaleSome: (shown: number, all: number) => string;
	forcesHeadline: string;
	scopesShareAxis: string;
	panelsOwnScale: string;

	// Map
	place: string;
	approximateRing: (km: string) => string;
	region: string;
	border: string;
	placesOnMap: (n: number) => string;
	/** The map's accessible name: "Map of 3 places in Ruritania and Freedonia". */
	mapTitle: (places: number, countries: string) => string;
	lessThanKm: (km: number) => string;
	aboutKm: (km: number) => string;
	/** One place, for the list under the map. */
	placeLine: (p: {
		name: string;
		aliases: string;
		kind: string;
		country: string;
		border?: { distance: string; countries: string };
		approximateKm?: number;
	}) => string;
	approx: string;
	showStepsHere: string;

	// Pages
	notFound: string;
	notFoundText: string;
	somethingWrong: string;
	noSuchPage: string;
	goToStart: string;
	goToStartOf: (title: string) => string;

	// Share images
	imageAltFigures: (title: string) => string;
	imageAltPlain: (title: string) => string;
	imageAltForces: (title: string) => string;
	imageAltTitle: (title: string) => string;
}
