/**
 * The web fonts, subset at build time to the characters the site can print: every string of
 * the story, every character written in the site's own source (its interface words), and
 * printable ASCII (numbers, dates and URLs). Each subset is named by a hash of its bytes, so a
 * changed story gives new file names and a host may cache the files for ever.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { story } from '$lib/server/story';
import { faces, fontFaceCss, type BuiltFace } from './faces';

/** Every string value in a nested value. */
function strings(value: unknown, out: string[] = []): string[] {
	if (typeof value === 'string') out.push(value);
	else if (Array.isArray(value)) for (const v of value) strings(v, out);
	else if (value && typeof value === 'object')
		for (const v of Object.values(value)) strings(v, out);
	return out;
}

/** The text of the site's own source files (the words of its interface). */
function sourceText(dir = path.resolve('src')): string {
	let text = '';
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const file = path.join(dir, entry.name);
		if (entry.isDirectory()) text += sourceText(file);
		else if (/\.(svelte|ts)$/.test(entry.name)) text += readFileSync(file, 'utf8');
	}
	return text;
}

/** The characters a subset keeps, sorted, each once. */
export function siteCharacters(): string {
	let ascii = '';
	for (let c = 0x20; c < 0x7f; c++) ascii += String.fromCharCode(c);
	// Spaces and marks that Intl and typography can produce without appearing in the sources.
	const extra = '\u00a0\u2009\u202f\u2011\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u00b7\u2212';
	const all = new Set(ascii + extra + strings(story).join('') + sourceText());
	return [...all]
		.filter((c) => c.codePointAt(0)! >= 0x20 && !/\p{Cc}|\p{Cs}/u.test(c))
		.sort()
		.join('');
}

export interface SubsetFace extends BuiltFace {
	/** The file name under /fonts/, without `.woff2`. */
	name: string;
	bytes: Uint8Array<ArrayBuffer>;
}

/**
 * Subsetting and WOFF2-compressing in WebAssembly takes seconds; the result depends only on the
 * font, the characters and the axes, so it is kept on disk by a hash of those and reused.
 */
async function subsetCached(
	source: Buffer,
	text: string,
	axes: Record<string, { min: number; max: number }> | undefined
): Promise<Buffer> {
	const key = createHash('sha256')
		.update(source)
		.update(text)
		.update(JSON.stringify(axes ?? null))
		.digest('hex')
		.slice(0, 32);
	const dir = path.resolve('node_modules', '.cache', 'site-fonts');
	const file = path.join(dir, `${key}.woff2`);
	if (existsSync(file)) return readFileSync(file);
	const bytes = await subsetFont(source, text, {
		targetFormat: 'woff2',
		...(axes ? { variationAxes: axes } : {})
	});
	try {
		mkdirSync(dir, { recursive: true });
		writeFileSync(file, bytes);
	} catch {
		// A read-only cache only costs time.
	}
	return bytes;
}

let built: Promise<SubsetFace[]> | undefined;

/** Every face, subset and named (computed once per build). */
export function webFonts(): Promise<SubsetFace[]> {
	built ??= (async () => {
		const text = siteCharacters();
		return Promise.all(
			faces.map(async (face) => {
				const source = readFileSync(path.resolve('node_modules', face.source));
				const bytes = await subsetCached(source, text, face.axes);
				const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
				const name = `${face.id}-${hash}`;
				return {
					...face,
					name,
					url: `/fonts/${name}.woff2`,
					bytes: new Uint8Array(bytes) as Uint8Array<ArrayBuffer>
				};
			})
		);
	})();
	return built;
}

/** What a page's head needs: the @font-face rules and the URLs to preload. */
export async function fontHead(): Promise<{ css: string; preload: string[] }> {
	const fonts = await webFonts();
	return {
		css: fontFaceCss(fonts),
		preload: fonts.filter((f) => f.preload).map((f) => f.url)
	};
}
