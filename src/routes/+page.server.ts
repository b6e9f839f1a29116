import { mapGeometry } from '$lib/map/geometry.server';
import { story } from '$lib/server/story';
import { storyPageData } from '$lib/story/page-data';

/** What the whole piece's page draws, not the story file itself. */
export const load = () => storyPageData(story, mapGeometry(story.map.bounds));
