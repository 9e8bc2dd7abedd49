import 'reflect-metadata';
import { runServiceCommand } from '@tandem/platform';
import { TRAINING } from './service';

// No arguments: serve. `migrate`: apply the database migrations and exit (the deployment's migration Job).
runServiceCommand('training', TRAINING, process.argv.slice(2));
