export { buildAllServices, buildService } from './build-service';
export { pollUntil, type PollOptions } from './poll';
export { NodeClient, type HttpResult } from './node-client';
export { NodeDatabase } from './node-database';
export { TestNode } from './test-node';
export { NodePair, startNodePair, type NodePairOptions, type Outsider } from './node-pair';
export { writeRunFederation, type MunicipalityKeys, type MunicipalitySpec, type RunFederation } from './federation-files';
export { harnessKafka, exchangeTopicsOf, deleteTopicsOf, publishRaw, isTopicOf } from './exchange-kafka';
export { readExchange, findCanaries, searchExchange, type ExchangeRecord, type CanaryHit } from './exchange-reader';
