/**
 * Bundles the pages' own scripts into small inline scripts, and gives their CSP hashes, so no
 * page needs SvelteKit's client runtime or a request for script. Every page is prerendered HTML;
 * the reader script (src/lib/reader/entry.ts) brings the story pages to life, the embed script
 * (src/lib/embed/entry.ts) sizes an embed's frame. Used by svelte.config.js (the hashes) and
 * vite.config.ts (the code). Vite reads them once: restart `npm run dev` after editing them.
 */
import { buildSync } from 'esbuild';
import { createHash } from 'node:crypto';

/** @type {Map<string, { code: string, hash: string }>} */
const cache = new Map();

/**
 * @param {string} entry
 * @returns {{ code: string, hash: string }}
 */
function inlineScript(entry) {
	const hit = cache.get(entry);
	if (hit) return hit;
	const result = buildSync({
		entryPoints: [entry],
		bundle: true,
		minify: true,
		format: 'iife',
		target: 'es2022',
		// Vite reads its config before `svelte-kit sync` has written the tsconfig that maps $lib
		// (a fresh clone has none): resolve $lib here and leave the tsconfig out.
		alias: { $lib: './src/lib' },
		tsconfigRaw: {},
		write: false
	});
	const code = (result.outputFiles?.[0]?.text ?? '').trim();
	if (!code || code.includes('</script')) throw new Error(`${entry} did not bundle cleanly`);
	const script = { code, hash: `sha256-${createHash('sha256').update(code).digest('base64')}` };
	cache.set(entry, script);
	return script;
}

/** The embed's script: frame heights for the host page, `?theme=` and `?step=`. */
export const embedScript = () => inlineScript('src/lib/embed/entry.ts');

/** The story pages' script: steps, charts, map, menu and copy buttons over the prerendered HTML. */
export const readerScript = () => inlineScript('src/lib/reader/entry.ts');
