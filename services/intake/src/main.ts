import 'reflect-metadata';
import { runServiceCommand } from '@tandem/platform';
import { INTAKE } from './service';

// No arguments: serve. `migrate`: apply the database migrations and exit (the deployment's migration Job).
runServiceCommand('intake', INTAKE, process.argv.slice(2));
