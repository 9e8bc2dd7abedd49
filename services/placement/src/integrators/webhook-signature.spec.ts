import { newSecret, signature, signatureHeader } from './webhook-signature';

describe('webhook signature', () => {
  // The example of the Standard Webhooks reference libraries.
  const vector = {
    secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
    timestamp: 1614265330,
    body: '{"test": 2432232314}',
    expected: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
  };

  it('matches the Standard Webhooks reference signature', () => {
    expect(signature(vector.secret, vector.id, vector.timestamp, vector.body)).toBe(vector.expected);
  });

  it('changes with any of id, timestamp or body', () => {
    const { secret, id, timestamp, body, expected } = vector;
    expect(signature(secret, `${id}x`, timestamp, body)).not.toBe(expected);
    expect(signature(secret, id, timestamp + 1, body)).not.toBe(expected);
    expect(signature(secret, id, timestamp, `${body} `)).not.toBe(expected);
  });

  it('signs with every valid secret during a rotation', () => {
    const { id, timestamp, body } = vector;
    const [current, previous] = [newSecret(), newSecret()];
    expect(signatureHeader([current, previous], id, timestamp, body)).toBe(`${signature(current, id, timestamp, body)} ${signature(previous, id, timestamp, body)}`);
  });

  it('makes secrets of 32 random bytes in the whsec_ format', () => {
    const secret = newSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
    expect(newSecret()).not.toBe(secret);
  });
});
