import 'reflect-metadata';
import { runServiceCommand } from '@tandem/platform';
import { PLACEMENT } from './service';

// No arguments: serve. `migrate`: apply the database migrations and exit (the deployment's migration Job).
runServiceCommand('placement', PLACEMENT, process.argv.slice(2));
