import 'reflect-metadata';
import { runService } from '@tandem/platform';
import { PLACEMENT } from './service';

runService('placement', PLACEMENT);
