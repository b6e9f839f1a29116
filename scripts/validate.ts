/**
 * `npm run validate -- <file>`: prints every problem in a story file as `<path>: <reason>` and
 * exits 1, or prints a one-line summary and exits 0. `npm run build` runs it first with
 * `--build`, and only then does a failure say that nothing was built.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { sectionsInOrder } from '../src/lib/story/derive';
import { formatProblem, validateStory } from '../src/lib/story/validate';
import { loadStoryFile, storyPath } from './load-story';

const file = storyPath();
/** Run by `npm run build`, before anything is built. */
const building = process.argv.includes('--build');
const shown = path.relative(process.cwd(), file);

function fail(lines: string[]): never {
	for (const line of lines) console.error(line);
	process.exit(1);
}

if (!existsSync(file)) fail([`${shown}: no such story file`]);

let input: unknown;
try {
	input = await loadStoryFile(file);
} catch (error) {
	// A story file that does not even load: say why in one line, without a stack trace.
	const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
	fail([`${shown}: the story file does not load: ${message}`]);
}

const result = validateStory(input);
if (!result.ok) {
	fail([
		...result.problems.map(formatProblem),
		`${shown}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}; ${building ? 'nothing was built' : 'fix them and run npm run validate again'}`
	]);
}
const { story } = result;
const sections = sectionsInOrder(story);
const steps = sections.reduce((n, s) => n + s.steps.length, 0);
console.log(
	`${shown}: OK — ${story.chapters.length} chapters, ${steps} steps, ${story.claims.length} claims, ${story.sources.length} sources`
);
