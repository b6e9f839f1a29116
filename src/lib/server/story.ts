/**
 * The story this build is made from (`$story`, chosen with `STORY=`), validated once. `npm run
 * build` validates before Vite runs, so a failure here means the file changed in between.
 */
import raw from '$story';
import { formatProblem, validateStory, type Story } from '$lib/story';

function load(): Story {
	const result = validateStory(raw);
	if (!result.ok)
		throw new Error(`The story is invalid:\n${result.problems.map(formatProblem).join('\n')}`);
	return result.story;
}

export const story: Story = load();
