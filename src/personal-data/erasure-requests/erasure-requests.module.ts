import { Module } from '@nestjs/common';
import { ErasureRequests } from './erasure-requests.js';
import { ErasureRequestsResolver } from './erasure-requests.resolver.js';

/** Data subjects' erasure requests (PDPA section 33): recorded and decided by central administrators, listed for the centre and auditors. */
@Module({ providers: [ErasureRequests, ErasureRequestsResolver] })
export class ErasureRequestsModule {}
