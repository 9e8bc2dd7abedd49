import 'reflect-metadata';
import { runService } from '@tandem/platform';
import { INTAKE } from './service';

runService('intake', INTAKE);
