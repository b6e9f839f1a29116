/** Loads a story file's default export for the command-line scripts. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const DEFAULT_STORY = 'stories/qalamoun.ts';

/** The story file named on the command line, else `$STORY`, else the default story. */
export function storyPath(argv = process.argv.slice(2)): string {
	return path.resolve(argv.find((a) => !a.startsWith('-')) ?? process.env.STORY ?? DEFAULT_STORY);
}

export async function loadStoryFile(file: string): Promise<unknown> {
	const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
	if (mod.default === undefined)
		throw new Error(`${file} has no default export; export the story as default`);
	return mod.default;
}
