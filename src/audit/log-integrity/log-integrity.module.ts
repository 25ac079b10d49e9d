import { Module } from '@nestjs/common';
import { LogIntegrityResolver } from './log-integrity.resolver.js';

/** Tamper evidence: the log's chains of hashes and the reports' seals checked (`verifyLog`), a printed code checked (`verifyReport`). */
@Module({ providers: [LogIntegrityResolver] })
export class LogIntegrityModule {}
