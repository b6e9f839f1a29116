import { story } from '$lib/server/story';
import { sourcesPageData } from '$lib/story/page-data';

/** What the methods and sources page draws. */
export const load = () => sourcesPageData(story);
