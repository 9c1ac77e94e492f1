import { mount } from 'svelte';
import Chart from './Chart.svelte';

const target = document.querySelector<HTMLElement>('[data-widget]')!;
mount(Chart, { target });
target.dataset.hydrated = 'true';
