import 'reflect-metadata';
import { runService } from '@tandem/platform';
import { TRAINING } from './service';

runService('training', TRAINING);
