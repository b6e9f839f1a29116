/**
 * `npm run story:text -- [file] --out=story.txt` (or `npm run -s story:text > story.txt`):
 * a story's whole text in reading order (section titles, summaries, step dates and titles,
 * paragraphs) so it can be read through, proofread or diffed without building the site. With
 * `--out` the file holds only the text (npm's banner stays on the terminal); without it the text
 * goes to stdout, where `-s` keeps the banner out. Exits 1, listing the problems, if the story
 * does not validate.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblem, validateStory, type Section } from '../src/lib/story';
import { localeOf } from '../src/lib/locale';
import { loadStoryFile, storyPath } from './load-story';

const file = storyPath();
const result = validateStory(await loadStoryFile(file));
if (!result.ok) {
	for (const p of result.problems) console.error(formatProblem(p));
	console.error(`${path.relative(process.cwd(), file)}: does not validate`);
	process.exit(1);
}
const { story } = result;
// The story's own language: its interface words and its dates.
const locale = localeOf(story.meta.language);
const { words } = locale;

const lines: string[] = [];
const rule = (text: string, char: string) => [text, char.repeat(Math.min(text.length, 72))];

lines.push(...rule(story.meta.title, '='), '', story.meta.dek, '', story.meta.byline, '');

function section(s: Section, heading: string, previously?: string) {
	lines.push('', ...rule(heading, '-'), '');
	if (s.period) lines.push(locale.date(s.period), '');
	lines.push(s.summary, '');
	if (previously) lines.push(`${words.previously} ${previously}`, '');
	s.steps.forEach((step, i) => {
		const head = [`${i + 1}.`, locale.date(step.date)];
		if (step.title) head.push(`— ${step.title}`);
		lines.push(head.join(' '), '', ...step.text.split(/\n\s*\n/).flatMap((p) => [p.trim(), '']));
	});
}

section(story.opening, story.opening.title);
story.chapters.forEach((c, i) =>
	section(c, words.colon(words.chapterN(i + 1), c.title), c.previously)
);
section(story.closing, story.closing.title);

lines.push('', ...rule(words.sources, '-'), '');
for (const a of story.meta.basedOn)
	lines.push(`${a.title}, ${a.publisher}. ${a.url} (${a.licence})`);
lines.push('', story.meta.licence);

const text = lines.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
const out = process.argv.find((a) => a.startsWith('--out='))?.slice('--out='.length);
if (out) {
	writeFileSync(out, text);
	console.error(
		`${path.relative(process.cwd(), out)}: the text of ${path.relative(process.cwd(), file)}`
	);
} else process.stdout.write(text);
