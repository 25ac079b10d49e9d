import { Module } from '@nestjs/common';
import { ComplaintCommandHandlers } from './complaint.command-handlers.js';
import { ComplaintResolver } from './complaint.resolver.js';

/** The complaint case type: its commands through the CommandBus and its GraphQL mutations and history. */
@Module({ providers: [ComplaintCommandHandlers, ComplaintResolver] })
export class ComplaintModule {}
