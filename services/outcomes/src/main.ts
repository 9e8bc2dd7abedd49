import 'reflect-metadata';
import { runServiceCommand } from '@tandem/platform';
import { OUTCOMES } from './service';

// No arguments: serve. `migrate`: apply the database migrations and exit (the deployment's migration Job).
runServiceCommand('outcomes', OUTCOMES, process.argv.slice(2));
