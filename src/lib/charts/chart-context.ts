/** The chart a step figure's layers draw, shared through Svelte's context as LayerCake shares its own. */
import { getContext, setContext } from 'svelte';
import type { StepChart } from './step-chart';

const KEY = Symbol('step-chart');

export interface ChartContext {
	chart: StepChart;
	/** Prefix that keeps the figure's ids unique on the page. */
	id: string;
}

export const setChartContext = (value: ChartContext) => setContext(KEY, value);
export const getChartContext = () => getContext<ChartContext>(KEY);
