import { story } from '$lib/server/story';

export const load = () => ({ story });
