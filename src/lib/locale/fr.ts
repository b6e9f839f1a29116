/** The interface in French. */
import type { Measure } from '../story/schema';
import type { Words } from './words';

/** What happened to those counted, masculine singular; agreed with the noun by `agree`. */
const PARTICIPLES: Record<Exclude<Measure, 'strength' | 'territory'>, string> = {
	killed: 'tué',
	wounded: 'blessé',
	casualties: 'tué ou blessé',
	captured: 'capturé',
	released: 'libéré',
	missing: 'disparu',
	executed: 'exécuté',
	displaced: 'déplacé'
};

/** A participle phrase agreed in gender and number: "tué ou blessé" → "tuées ou blessées". */
const agree = (phrase: string, feminine: boolean, plural: boolean) =>
	phrase
		.split(' ')
		.map((w) => (w === 'ou' ? w : `${w}${feminine ? 'e' : ''}${plural ? 's' : ''}`))
		.join(' ');

/** "soldats" → "soldat", "chevaux" → "cheval", "combattants rebelles" → "combattant rebelle":
 * each word of the noun phrase before a "de" or "du". */
function singular(plural: string): string {
	const words = plural.split(' ');
	const end = words.findIndex((w) => /^(de|du|des|d’.*)$/.test(w));
	return words
		.map((w, i) =>
			end >= 0 && i >= end
				? w
				: /aux$/.test(w)
					? `${w.slice(0, -3)}al`
					: /[^s][sx]$/.test(w)
						? w.slice(0, -1)
						: w
		)
		.join(' ');
}

/** "de" before a word, elided before a vowel or a mute h: "d’habitants", "de soldats". */
const de = (word: string) =>
	/^[aeiouyhàâäéèêëîïôöùûüœæ]/i.test(word) ? `d’${word}` : `de ${word}`;

/** "de" before a name with its article: "de la Ligue", "du préfet", "des habitants". */
const deName = (name: string) =>
	/^les /i.test(name)
		? `des ${name.slice(4)}`
		: /^le /i.test(name)
			? `du ${name.slice(3)}`
			: de(name);

export const fr: Words = {
	dir: 'ltr',

	skipToStory: 'Aller au récit',
	chapters: 'Chapitres',
	wholeStory: 'Le récit entier',
	methodsAndSources: 'Méthode et sources',
	moreChapters: 'Autres chapitres',
	previousChapter: (t) => `← Précédent : ${t}`,
	nextChapter: (t) => `Suivant : ${t} →`,
	chapterOf: (n, total) => `Chapitre ${n} sur ${total}`,
	chapterN: (n) => `Chapitre ${n}`,
	previously: 'Précédemment :',
	noForces: 'Les sources ne donnent aucun effectif pour ce chapitre.',
	skipToNext: (t) => `Passer au chapitre suivant : ${t}`,

	updated: 'Mis à jour le',
	contents: 'Sommaire',
	leadCaption: (n) =>
		`Où se déroulent les ${n} chapitres. Touchez un numéro pour ouvrir son chapitre.`,
	aboutPiece: 'À propos de ce récit',
	aboutPieceLine: 'Le traitement des chiffres, qui est qui, les données et les sources.',
	methods: 'Méthode',
	methodsInFull: 'Méthode et sources, en entier',

	stepN: (n) => `Étape ${n} :`,
	tableCaption: (of) =>
		`Tous les chiffres de ${of} : qui les a donnés, quand, et où ils ont été publiés`,
	announcePicked: '{name} mis en évidence dans chaque graphique et sur la carte',
	announceCleared: 'Mise en évidence retirée',
	embedBack: 'Sources, noms et licence',
	readThisStep: 'Lire cette étape',
	graphicLabel: 'Graphique :',
	sourcesLabel: 'Sources :',
	sourceN: (n) => `Source ${n}`,

	embedThis: 'Intégrer ce chapitre',
	embedHelp: (t) =>
		`Collez ce code dans votre page pour afficher « ${t} ». Il prend sa hauteur avec pym.js ; sans lui, le cadre garde la hauteur indiquée.`,
	embedCode: 'Code d’intégration',
	copyEmbedCode: 'Copier le code d’intégration',
	embedFrom: 'Extrait de',
	embedRest: (n) => `, un récit en ${n} chapitres. Sources et licence ci-dessous.`,
	embedSteps: 'Une étape à la fois',
	embedStepsHelp:
		'Chaque étape a son propre code d’intégration, et son graphique en image fixe (PNG) pour les applications, l’imprimé et les lettres d’information. Gardez le crédit et le lien avec l’image.',
	embedStepCode: (n) => `Code d’intégration de l’étape ${n}`,
	stillImage: (n) => `Image fixe de l’étape ${n} (PNG)`,
	altText: 'Texte alternatif',
	creditLabel: 'Crédit',
	linkLabel: 'Lien',
	citeThis: 'Citer ce récit',
	copyCitation: 'Copier la citation',
	citation: 'Citation',
	share: 'Partager…',
	copyLink: 'Copier le lien',
	link: 'Lien',
	copied: (what) => `${what} : copié.`,
	copyFailed: 'Copie impossible : sélectionnez le texte et copiez-le.',
	partOf: (chapter, piece) => `« ${chapter} », dans ${piece}`,
	lastUpdated: (d) => `Dernière mise à jour le ${d}`,

	sources: 'Sources',
	credits: 'Crédits',
	drawnFrom: 'Les faits et les chiffres de ce récit proviennent de',
	andSourcesAbove: ' et des autres sources citées plus haut',
	and: ' et ',
	citedAs: (w) => `cité comme ${w}`,
	knownByHeadline: '(connu par son titre)',
	thisPage: 'Cette page :',
	publishedUpdated: (b, p, u) => `${b}. Publié le ${p} ; mis à jour le ${u}.`,
	sourcesByChapter: 'Les sources, chapitre par chapitre',
	licenceAndCredits: 'Licence et crédits',
	underLicence: 'sous',
	mapBorders: 'Frontières : Natural Earth (domaine public), via le paquet world-atlas.',
	mapBordersShort: 'Frontières : Natural Earth (domaine public), via world-atlas',
	changes: 'Modifications',
	lastChecked: (d) => `Vérifié pour la dernière fois contre les sources le ${d}.`,
	sourcesLede: (t) =>
		`Chaque chiffre de ${t} est une affirmation : un nombre que quelqu’un a avancé, montré avec son auteur, sa date et l’endroit où il a été publié. Quand les affirmations divergent, chacune est gardée et tracée à côté des autres ; aucune n’est moyennée ni additionnée.`,
	sourcesDescription: (t) =>
		`Comment ${t} traite les chiffres contestés, qui les a donnés, et chaque source consultée.`,

	whoIsWho: 'Qui est qui',
	whoGaveFigures: 'Qui a donné les chiffres',
	alsoCalled: (names) => `Aussi appelé : ${names}.`,

	data: 'Données',
	csvLink: 'Chaque chiffre dans un tableau (claims.csv)',
	jsonLink: 'Le récit entier en données (story.json)',
	dictionaryIntro:
		'claims.csv a une ligne par affirmation : un chiffre tel qu’une source l’a avancé.',
	dictionary: () => [
		{ field: 'id', text: 'nomme l’affirmation' },
		{ field: 'chapter', text: 'est le chapitre ou la section où elle figure' },
		{ field: 'actor', text: 'est ce que le chiffre compte' },
		{ field: 'measure', text: 'ce qui leur est arrivé :' },
		{ field: 'scope', text: 'dit où et sur quelle durée' },
		{
			field: 'low',
			text: 'et high sont le chiffre ou sa fourchette ; un high vide signifie sans borne'
		},
		{
			field: 'qualifier',
			text: 'dit comment, parmi :',
			values: ['at-least', 'more-than', 'fewer-than', 'dozens', 'several', 'about']
		},
		{ field: 'unit', text: 'est people, km2, percent ou ce qui est compté' },
		{ field: 'out_of', text: 'le tout dont une part est donnée' },
		{ field: 'figure', text: 'est le chiffre tel qu’il a été donné' },
		{ field: 'claimant', text: 'qui l’a donné' },
		{ field: 'date', text: 'quand (un jour, un mois, une année ou une période)' },
		{ field: 'sources', text: 'où il a été publié, séparé par des points-virgules' },
		{ field: 'note', text: 'une réserve éventuelle' }
	],
	dictionaryOutro:
		'Les chiffres qui divergent sont des lignes distinctes : ne les additionnez jamais.',
	measureMeaning: {
		strength: 'pour les effectifs',
		killed: 'pour les tués',
		wounded: 'pour les blessés',
		casualties: 'pour tués et blessés ensemble',
		captured: 'pour les capturés',
		released: 'pour les libérés',
		missing: 'pour les disparus',
		executed: 'pour les exécutés',
		displaced: 'pour les déplacés',
		territory: 'pour le terrain pris'
	},

	figuresTable: 'Les chiffres dans un tableau',
	claimant: 'Source du chiffre',
	figure: 'Chiffre',
	date: 'Date',
	reportedIn: 'Publié dans :',
	stated: (d) => `Avancé le ${d}`,
	close: 'Fermer',
	highlightActor: 'Mettre un acteur en évidence',
	measures: {
		strength: 'en armes',
		killed: 'tués',
		wounded: 'blessés',
		casualties: 'tués ou blessés',
		captured: 'capturés',
		released: 'libérés',
		missing: 'disparus',
		executed: 'exécutés',
		displaced: 'déplacés',
		territory: 'pris'
	},
	measureLabels: {
		strength: 'Effectifs',
		killed: 'Tués',
		wounded: 'Blessés',
		casualties: 'Pertes',
		captured: 'Capturés',
		released: 'Libérés',
		missing: 'Disparus',
		executed: 'Exécutés',
		displaced: 'Déplacés',
		territory: 'Territoire'
	},
	atLeast: (n) => `au moins ${n}`,
	moreThan: (n) => `plus de ${n}`,
	fewerThan: (n) => `moins de ${n}`,
	about: (n) => `environ ${n}`,
	dozens: (noun) => (noun ? `des dizaines ${de(noun)}` : 'des dizaines'),
	dozensOf: (noun) => de(noun),
	several: (noun) => (noun ? `plusieurs ${noun}` : 'plusieurs'),
	outOf: (part, whole) => `${part} sur ${whole}`,
	counts: (measure, noun, count) => {
		// French counts 0 and 1 in the singular, and "personnes" is feminine.
		const one = count !== undefined && count < 2;
		const feminine = noun ? noun.gender === 'feminine' : true;
		const plural = noun?.plural ?? 'personnes';
		const said = one ? (noun ? (noun.singular ?? singular(plural)) : 'personne') : plural;
		if (measure === 'strength') return `${said} en armes`;
		return `${said} ${agree(PARTICIPLES[measure], feminine, !one)}`;
	},
	territoryTakenBy: (noun) => `territoire pris par ${noun ? `les ${noun}` : 'un camp'}`,
	colon: (label, text) => `${label} : ${text}`,
	territoryBy: (who) => `territoire pris par ${who}`,
	takenBy: (figure, who) => `${figure} pris par ${who}`,
	whose: (who) => deName(who),
	oneSide: 'un camp',
	people: 'personnes',
	person: 'personne',
	articleText: (p) => `texte de ${p}`,
	agree: (n) => (n === 2 ? 'les deux concordent' : 'tous concordent'),
	sameNumber: (n, figure) => (n === 2 ? `les deux disent ${figure}` : `tous disent ${figure}`),
	apart: (n) => `rapport de 1 à ${n}`,
	or: ' ou ',
	figuresDiffer: 'chiffres divergents',
	agreeOn: (subject, who, figure) => `${subject} : ${who} s’accordent sur ${figure}`,
	moreFigures: (n) => `, et ${n} autre${n === 1 ? '' : 's'} chiffre${n === 1 ? '' : 's'}`,
	noDispute: 'Aucun chiffre du récit n’est contesté',
	disputes: (n) => `${n} chiffres sur lesquels les sources divergent, les plus éloignés d’abord`,
	ownScale: 'Chaque ligne a sa propre échelle.',
	ownScaleSome: (shown, all) =>
		`Chaque ligne a sa propre échelle. Les ${shown} plus éloignés sont tracés ; les ${all} sont dans le tableau.`,
	forcesHeadline: 'Les forces en présence, selon les sources',
	scopesShareAxis: 'Des chiffres de portées différentes partagent ici un axe, pour les comparer.',
	panelsOwnScale:
		'Chaque panneau a sa propre échelle : leurs chiffres diffèrent de plus de dix fois.',

	place: 'lieu',
	approximateRing: (km) => `approximatif : quelque part dans l’anneau (${km} km)`,
	region: 'région',
	border: 'frontière',
	placesOnMap: (n) => `Lieux de cette carte (${n})`,
	mapTitle: (n, countries) =>
		`Carte de ${n} lieu${n === 1 ? '' : 'x'}${countries ? ` en ${countries}` : ''}`,
	lessThanKm: (km) => `moins de ${km} km`,
	aboutKm: (km) => `environ ${km} km`,
	placeLine: (p) =>
		`${p.name}${p.aliases ? ` (aussi ${p.aliases})` : ''} (${p.kind}, ${p.country})` +
		(p.border ? ` se trouve à ${p.border.distance} de la frontière ${p.border.countries}` : '') +
		(p.approximateKm === undefined
			? ''
			: ` ; sa position est approximative, à ${p.approximateKm} km près`) +
		'.',
	approx: '(approx.)',
	showStepsHere: 'montrer les étapes en ce lieu',

	notFound: 'Page introuvable',
	notFoundText:
		'Il n’y a pas de page à cette adresse. Elle a peut-être été déplacée, ou le lien est mal écrit.',
	somethingWrong: 'Une erreur est survenue',
	noSuchPage: 'Cette page n’existe pas.',
	goToStart: 'Aller au début du récit',
	goToStartOf: (t) => `Aller au début de ${t}`,

	imageAltFigures: (t) => `${t} : les chiffres contestés, en graphique`,
	imageAltPlain: (t) => `${t} : ses chiffres, en graphique`,
	imageAltForces: (t) => `${t} : les forces en présence, selon les sources`,
	imageAltTitle: (t) => `${t} : la carte de titre`
};
