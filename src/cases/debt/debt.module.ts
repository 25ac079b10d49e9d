import { Module } from '@nestjs/common';
import { DebtCommandHandlers } from './debt.command-handlers.js';
import { DebtResolver } from './debt.resolver.js';
import { DebtDetailResolver } from './detail/debt-detail.resolver.js';

/** The informal-debt case type's write side, its cases read back whole, and its history over GraphQL. */
@Module({ providers: [DebtCommandHandlers, DebtResolver, DebtDetailResolver] })
export class DebtModule {}
