import 'reflect-metadata';
import { runService } from '@tandem/platform';
import { SUPPORT } from './service';

runService('support', SUPPORT);
