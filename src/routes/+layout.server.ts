import { fontHead } from '$lib/fonts/fonts.server';
import { story } from '$lib/server/story';

/** Every page gets the site's @font-face rules, the one face its first screen needs, and the
 * story's language, which picks the interface's words. */
export const load = async () => ({ fonts: await fontHead(), language: story.meta.language });
