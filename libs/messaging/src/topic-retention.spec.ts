import { topicConfigOf } from './topic-retention';

describe('topic retention', () => {
  it.each(['de-goerlitz.training.enrollment.v1', 'pl-zgorzelec.intake.statistics.v1', 'de-goerlitz.recognition.recognition-request.v1'])(
    'keeps the node-local event topic %s without time limit, so read models can be replayed from the start',
    (topic) => {
      expect(topicConfigOf(topic)).toEqual({ 'retention.ms': '-1' });
    },
  );

  it.each(['de-goerlitz.placement.public.v1', 'pl-zgorzelec.intake.referral.v1', 'de-goerlitz.training.enrollment.v1.dlq', 'xb.de-goerlitz.inbox.v1', 'relay-test-1234'])(
    "leaves %s at the broker's default retention",
    (topic) => {
      expect(topicConfigOf(topic)).toEqual({});
    },
  );
});
