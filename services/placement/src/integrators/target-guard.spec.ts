import { allowListOf, isPublicAddress, targetOf } from './target-guard';

describe('webhook target guard', () => {
  it.each([
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '127.0.0.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '2002:7f00:1::',
    '64:ff9b::a00:1',
  ])('refuses %s as not public', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('accepts %s as public', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  const allowList = allowListOf(' receiver.test:8080 ,127.0.0.1:4000');

  it('takes https anywhere and http only for an allow-listed host and port', () => {
    expect(targetOf('https://hooks.example.org/tandem', allowList)).toMatchObject({ hostPort: 'hooks.example.org:443', allowListed: false });
    expect(targetOf('http://127.0.0.1:4000/hook', allowList)).toMatchObject({ hostPort: '127.0.0.1:4000', allowListed: true });
    expect(targetOf('http://Receiver.test:8080/', allowList).allowListed).toBe(true);
    expect(() => targetOf('http://127.0.0.1:4001/hook', allowList)).toThrow('url must use https (http only for an allow-listed host)');
    expect(() => targetOf('http://hooks.example.org/', allowList)).toThrow('url must use https');
  });

  it('refuses other schemes, relative URLs and credentials', () => {
    expect(() => targetOf('ftp://hooks.example.org/', allowList)).toThrow('url must use https');
    expect(() => targetOf('/hook', allowList)).toThrow('url must be an absolute URL');
    expect(() => targetOf('https://user:pass@hooks.example.org/', allowList)).toThrow('url must not carry credentials');
  });
});
