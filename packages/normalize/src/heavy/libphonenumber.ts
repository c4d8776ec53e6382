/**
 * The one function of libphonenumber-js that src/heavy/phone.ts calls. Node requires it as `#libphonenumber`: from
 * the build, this file bundled with what it uses of libphonenumber-js (dist/heavy/libphonenumber.cjs, one file
 * where libphonenumber-js's own entry points require some 70 modules); from source, libphonenumber-js/core itself.
 */
export { parsePhoneNumberFromString } from 'libphonenumber-js/core';
