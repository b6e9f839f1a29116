import { story } from '$lib/server/story';
import { sourcesView } from '$lib/story/views';

/** What the methods and sources page draws. */
export const load = () => sourcesView(story);
