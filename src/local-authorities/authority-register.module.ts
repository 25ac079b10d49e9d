import { Global, Module } from '@nestjs/common';
import { AUTHORITY_REGISTER, type AuthorityRegister } from '../identity/scope/office-directory.js';
import { LocalAuthoritiesModule } from './local-authorities.module.js';
import { LocalAuthoritiesStore } from './local-authorities.store.js';

/**
 * The register of local authorities as identity asks it (AUTHORITY_REGISTER): whether an authority exists, and its
 * name, for the accounts of its revenue staff (level LOCAL). Global, so that identity needs no import of this slice.
 */
@Global()
@Module({
  imports: [LocalAuthoritiesModule],
  providers: [{
    provide: AUTHORITY_REGISTER, inject: [LocalAuthoritiesStore],
    useFactory: (store: LocalAuthoritiesStore): AuthorityRegister => ({ nameOf: async (code) => (await store.find(code))?.nameTh }),
  }],
  exports: [AUTHORITY_REGISTER],
})
export class AuthorityRegisterModule {}
