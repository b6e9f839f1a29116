import { story } from '$lib/server/story';

export const load = () => ({ title: story.meta.title });
