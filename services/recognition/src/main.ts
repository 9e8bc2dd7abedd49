import 'reflect-metadata';
import { runService } from '@tandem/platform';
import { RECOGNITION } from './service';

runService('recognition', RECOGNITION);
