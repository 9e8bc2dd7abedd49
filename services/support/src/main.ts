import 'reflect-metadata';
import { runServiceCommand } from '@tandem/platform';
import { SUPPORT } from './service';

// No arguments: serve. `migrate`: apply the database migrations and exit (the deployment's migration Job).
runServiceCommand('support', SUPPORT, process.argv.slice(2));
