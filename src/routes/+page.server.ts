import { leadMap } from '$lib/components/lead-map';
import { mapGeometry } from '$lib/map/geometry.server';
import { story } from '$lib/server/story';

export const load = () => {
	const geometry = mapGeometry(story.map.bounds);
	return { story, mapGeometry: geometry, lead: leadMap(story, geometry) };
};
