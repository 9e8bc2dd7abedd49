export const KAFKA = Symbol('Kafka');
export const CONTRACT_REGISTRY = Symbol('ContractRegistry');
export const SERVICE_NAME = Symbol('ServiceName');
