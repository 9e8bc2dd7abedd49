import 'reflect-metadata';
import { runServiceCommand } from '@tandem/platform';
import { RECOGNITION } from './service';

// No arguments: serve. `migrate`: apply the database migrations and exit (the deployment's migration Job).
runServiceCommand('recognition', RECOGNITION, process.argv.slice(2));
