/** Every service a node runs, in port order: the one list tools and cross-service suites go through. */
export const SERVICE_NAMES = ['intake', 'training', 'support', 'placement', 'recognition', 'outcomes'] as const;
