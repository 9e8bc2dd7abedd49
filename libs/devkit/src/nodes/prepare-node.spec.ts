import { serviceNames } from './prepare-node';

describe('the services of a test node', () => {
  it('runs intake alone unless told otherwise', () => {
    expect(serviceNames()).toEqual(['intake']);
  });

  it('keeps the services named, in their order', () => {
    expect(serviceNames(['training', 'intake'])).toEqual(['training', 'intake']);
  });

  it('refuses a service named twice, since the name picks its handle and its database', () => {
    expect(() => serviceNames(['intake', 'training', 'intake'])).toThrow('repeated: intake');
  });

  it('refuses a node without services', () => {
    expect(() => serviceNames([])).toThrow('at least one service');
  });
});
