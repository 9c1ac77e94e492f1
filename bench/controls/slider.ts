import { mount } from 'svelte';
import Slider from './Slider.svelte';

const target = document.querySelector<HTMLElement>('[data-widget]')!;
mount(Slider, { target });
target.dataset.hydrated = 'true';
