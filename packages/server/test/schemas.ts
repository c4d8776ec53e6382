// the exchange schemas loaded for Ajv exactly as the client's tests load them
export * from '../../exchange/test/schemas.js';
