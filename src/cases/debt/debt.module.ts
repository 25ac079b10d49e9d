import { Module } from '@nestjs/common';
import { DebtCommandHandlers } from './debt.command-handlers.js';
import { DebtResolver } from './debt.resolver.js';

/** The informal-debt case type's write side and history over GraphQL. */
@Module({ providers: [DebtCommandHandlers, DebtResolver] })
export class DebtModule {}
