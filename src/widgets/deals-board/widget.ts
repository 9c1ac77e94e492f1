import { defineWidget } from '@lib/widget/define';
import { meta } from './meta';
import { compute } from './model';
import { readouts } from './readouts';

export const widget = defineWidget({ ...meta, compute, readouts });
