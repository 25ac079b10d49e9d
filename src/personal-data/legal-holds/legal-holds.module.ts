import { Global, Module } from '@nestjs/common';
import { HELD_STREAMS } from './held-streams.port.js';
import { LegalHoldActorFields } from './legal-hold-actors.resolver.js';
import { LegalHoldHandlers } from './legal-hold.handlers.js';
import { LegalHolds } from './legal-holds.js';
import { LegalHoldsResolver } from './legal-holds.resolver.js';

/** Legal holds on cases (issue 17): placed and lifted by central administrators; HELD_STREAMS for erasure and retention, global. */
@Global()
@Module({
  providers: [LegalHolds, { provide: HELD_STREAMS, useExisting: LegalHolds }, LegalHoldHandlers, LegalHoldsResolver, LegalHoldActorFields],
  exports: [HELD_STREAMS, LegalHolds],
})
export class LegalHoldsModule {}
