// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** The embed's script, bundled at build time (scripts/inline-scripts.js). */
	const __EMBED_SCRIPT__: string;
	/** The story pages' script, bundled at build time (scripts/inline-scripts.js). */
	const __READER_SCRIPT__: string;
}

export {};
