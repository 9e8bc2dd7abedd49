export { buildService } from '@tandem/devkit';
