/** The interface in English. */
import type { Words } from './words';

/** The phrase after a count: "36 rebels killed". */
const MEASURES: Words['measures'] = {
	strength: 'under arms',
	killed: 'killed',
	wounded: 'wounded',
	casualties: 'killed or wounded',
	captured: 'captured',
	released: 'released',
	missing: 'missing',
	executed: 'executed',
	displaced: 'displaced',
	territory: 'taken'
};

/** "fighters" → "fighter", "militias" → "militia" … in the first plural word: "members of X". */
function singular(plural: string): string {
	const words = plural.split(' ');
	const at = words.findIndex((w) => w === 'people' || (/[a-z]s$/.test(w) && !/ss$/.test(w)));
	if (at < 0) return plural;
	const w = words[at]!;
	words[at] =
		w === 'people' ? 'person' : /[^aeiou]ies$/.test(w) ? `${w.slice(0, -3)}y` : w.slice(0, -1);
	return words.join(' ');
}

export const en: Words = {
	dir: 'ltr',

	skipToStory: 'Skip to the story',
	chapters: 'Chapters',
	wholeStory: 'The whole story',
	methodsAndSources: 'Methods and sources',
	moreChapters: 'More chapters',
	previousChapter: (t) => `← Previous: ${t}`,
	nextChapter: (t) => `Next: ${t} →`,
	chapterOf: (n, total) => `Chapter ${n} of ${total}`,
	chapterN: (n) => `Chapter ${n}`,
	previously: 'Previously:',
	noForces: 'The sources give no figure for the forces in this chapter.',
	skipToNext: (t) => `Skip to next chapter: ${t}`,

	updated: 'Updated',
	contents: 'Contents',
	leadCaption: (n) => `Where the ${n} chapters take place. Tap a number to go to its chapter.`,
	aboutPiece: 'About this piece',
	aboutPieceLine: 'How the figures are handled, who is who, the data, and the sources.',
	methods: 'Methods',
	methodsInFull: 'Methods and sources, in full',

	stepN: (n) => `Step ${n}:`,
	tableCaption: (of) => `Every figure in ${of}: who stated it, when, and where it was reported`,
	announcePicked: '{name} highlighted in every chart and on the map',
	announceCleared: 'Highlight cleared',
	embedBack: 'Sources, names and licence',
	readThisStep: 'Read this step',
	graphicLabel: 'Graphic:',
	sourcesLabel: 'Sources:',
	sourceN: (n) => `Source ${n}`,

	embedThis: 'Embed this chapter',
	embedHelp: (t) =>
		`Paste this into your page to show “${t}”. It sizes itself with pym.js, and scrolls with your page as the piece does; without pym, the frame keeps the height given, which fits a phone and an article column.`,
	embedCode: 'Embed code',
	copyEmbedCode: 'Copy embed code',
	embedFrom: 'From',
	embedRest: (n) => `, a story in ${n} chapters. Sources and licence below.`,
	embedSteps: 'One step at a time',
	embedStepsHelp:
		'Each step has its own embed, and its graphic as a still image (PNG) for apps, print and newsletters. Keep the credit and the link with the image.',
	embedStepCode: (n) => `Embed code for step ${n}`,
	stillImage: (n) => `Still image of step ${n} (PNG)`,
	altText: 'Alt text',
	creditLabel: 'Credit',
	linkLabel: 'Link',
	citeThis: 'Cite this',
	copyCitation: 'Copy citation',
	citation: 'Citation',
	share: 'Share…',
	copyLink: 'Copy link',
	link: 'Link',
	copied: (what) => `${what} copied.`,
	copyFailed: 'Could not copy: select the text and copy it instead.',
	partOf: (chapter, piece) => `“${chapter}”, in ${piece}`,
	lastUpdated: (d) => `Last updated ${d}`,

	sources: 'Sources',
	credits: 'Credits',
	drawnFrom: 'The facts and figures in this piece are drawn from',
	andSourcesAbove: ' and the other sources listed above',
	and: ' and ',
	citedAs: (w) => `cited as ${w}`,
	knownByHeadline: '(known by its headline)',
	thisPage: 'This page:',
	publishedUpdated: (b, p, u) => `${b}. Published ${p}; last updated ${u}.`,
	sourcesByChapter: 'Sources, chapter by chapter',
	licenceAndCredits: 'Licence and credits',
	underLicence: 'under',
	mapBorders: 'Map borders: Natural Earth (public domain), via the world-atlas package.',
	mapBordersShort: 'Borders: Natural Earth (public domain), via world-atlas',
	changes: 'Changes',
	lastChecked: (d) => `Last checked against the sources on ${d}.`,
	sourcesLede: (t) =>
		`Every figure in ${t} is a claim: a number somebody stated, shown with who stated it, when, and where it was reported. Where claims disagree, each is kept and drawn beside the others; none is averaged or added up.`,
	sourcesDescription: (t) =>
		`How ${t} treats disputed figures, who gave them, and every source it draws on.`,

	whoIsWho: 'Who is who',
	whoGaveFigures: 'Who gave the figures',
	alsoCalled: (names) => `Also called ${names}.`,

	data: 'Data',
	csvLink: 'Every figure as a table (claims.csv)',
	jsonLink: 'The whole story as data (story.json)',
	dictionaryIntro: 'claims.csv has one row per claim: a figure as one claimant stated it.',
	dictionary: () => [
		{ field: 'id', text: 'names the claim' },
		{ field: 'chapter', text: 'is the chapter or section it belongs to' },
		{ field: 'actor', text: 'is who the figure counts' },
		{ field: 'measure', text: 'what happened to them:' },
		{ field: 'scope', text: 'says where and over what span' },
		{
			field: 'low',
			text: 'and high are the figure or its range; an empty high means open-ended'
		},
		{
			field: 'qualifier',
			text: 'says how, one of:',
			values: ['at-least', 'more-than', 'fewer-than', 'dozens', 'several', 'about']
		},
		{ field: 'unit', text: 'is people, km2, percent or what is counted' },
		{ field: 'out_of', text: 'the whole a share is of' },
		{ field: 'figure', text: 'is the figure as stated' },
		{ field: 'claimant', text: 'who stated it' },
		{ field: 'date', text: 'when (a day, a month, a year or a period)' },
		{ field: 'sources', text: 'the reports it was published in, separated by semicolons' },
		{ field: 'note', text: 'any caveat' }
	],
	dictionaryOutro: 'Figures that disagree are separate rows: never add them up.',
	measureMeaning: {
		strength: 'for the number under arms',
		killed: '',
		wounded: '',
		casualties: 'for killed or wounded together',
		captured: '',
		released: '',
		missing: '',
		executed: '',
		displaced: '',
		territory: 'for ground taken'
	},

	figuresTable: 'The figures as a table',
	claimant: 'Claimant',
	figure: 'Figure',
	date: 'Date',
	reportedIn: 'Reported in:',
	stated: (d) => `Stated ${d}`,
	close: 'Close',
	highlightActor: 'Highlight an actor',
	measures: MEASURES,
	measureLabels: {
		strength: 'Strength',
		killed: 'Killed',
		wounded: 'Wounded',
		casualties: 'Casualties',
		captured: 'Captured',
		released: 'Released',
		missing: 'Missing',
		executed: 'Executed',
		displaced: 'Displaced',
		territory: 'Territory'
	},
	atLeast: (n) => `at least ${n}`,
	moreThan: (n) => `more than ${n}`,
	fewerThan: (n) => `fewer than ${n}`,
	about: (n) => `about ${n}`,
	dozens: (noun) => (noun ? `dozens of ${noun}` : 'dozens'),
	dozensOf: (noun) => `of ${noun}`,
	several: (noun) => (noun ? `several ${noun}` : 'several'),
	outOf: (part, whole) => `${part} of ${whole}`,
	counts: (measure, noun, count) => {
		const plural = noun?.plural ?? 'people';
		const said = count === 1 ? (noun ? (noun.singular ?? singular(plural)) : 'person') : plural;
		return `${said} ${MEASURES[measure]}`;
	},
	territoryTakenBy: (noun) => `territory taken by ${noun ?? 'one side'}`,
	colon: (label, text) => `${label}: ${text}`,
	territoryBy: (who) => `territory taken by ${who}`,
	takenBy: (figure, who) => `${figure} taken by ${who}`,
	whose: (who) => `of ${who}`,
	oneSide: 'one side',
	people: 'people',
	person: 'person',
	articleText: (p) => `${p} text`,
	agree: (n) => (n === 2 ? 'both agree' : 'all agree'),
	sameNumber: (n, figure) => (n === 2 ? `both say ${figure}` : `all say ${figure}`),
	apart: (n) => `${n}× apart`,
	or: ' or ',
	figuresDiffer: 'figures differ',
	agreeOn: (subject, who, figure) => `${subject}: ${who} agree on ${figure}`,
	moreFigures: (n) => `, and ${n} more figure${n === 1 ? '' : 's'}`,
	noDispute: 'No figure in the story is disputed',
	disputes: (n) => `${n} figures on which the claimants disagree, the widest apart first`,
	ownScale: 'Each row has its own scale.',
	ownScaleSome: (shown, all) =>
		`Each row has its own scale. The ${shown} widest are drawn; all ${all} are in the table.`,
	forcesHeadline: 'The forces, as the sources give them',
	scopesShareAxis: 'Figures of different scopes share one axis here, to compare them.',
	panelsOwnScale: 'Each panel has its own scale: their figures differ more than tenfold.',

	place: 'place',
	approximateRing: (km) => `approximate: somewhere in the ring (${km} km)`,
	region: 'region',
	border: 'border',
	placesOnMap: (n) => `Places on this map (${n})`,
	mapTitle: (n, countries) =>
		`Map of ${n} place${n === 1 ? '' : 's'}${countries ? ` in ${countries}` : ''}`,
	lessThanKm: (km) => `less than ${km} km`,
	aboutKm: (km) => `about ${km} km`,
	placeLine: (p) =>
		`${p.name}${p.aliases ? ` (also ${p.aliases})` : ''} (${p.kind}, ${p.country})` +
		(p.border ? ` lies ${p.border.distance} from the ${p.border.countries} border` : '') +
		(p.approximateKm === undefined
			? ''
			: `; its location is approximate, within ${p.approximateKm} km`) +
		'.',
	approx: '(approx.)',
	showStepsHere: 'show the steps at this place',

	notFound: 'Page not found',
	notFoundText: 'There is no page at this address. It may have moved, or the link may be mistyped.',
	somethingWrong: 'Something went wrong',
	noSuchPage: 'This page does not exist.',
	goToStart: 'Go to the start of the story',
	goToStartOf: (t) => `Go to the start of ${t}`,

	imageAltFigures: (t) => `${t}: the disputed figures, charted`,
	imageAltPlain: (t) => `${t}: its figures, charted`,
	imageAltForces: (t) => `${t}: the forces, as the sources give them`,
	imageAltTitle: (t) => `${t}: the title card`
};
