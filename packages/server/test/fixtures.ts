// the same signed-bundle and event fixtures as the client's tests: one definition, so both ends test one contract
export * from '../../exchange/test/fixtures.js';
