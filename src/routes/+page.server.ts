import { mapGeometry } from '$lib/map/geometry.server';
import { story } from '$lib/server/story';
import { storyView } from '$lib/story/views';

/** What the whole piece's page draws, not the story file itself. */
export const load = () => storyView(story, mapGeometry(story.map.bounds));
