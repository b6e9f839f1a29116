import { mapGeometry } from '$lib/map/geometry.server';
import { story } from '$lib/server/story';

export const load = () => ({ story, mapGeometry: mapGeometry(story.map.bounds) });
