import { Module } from '@nestjs/common';
import { SubjectCopies } from './subject-copies.js';
import { SubjectCopyController } from './subject-copy.controller.js';
import { SubjectCopyResolver } from './subject-copy.resolver.js';

/** The data subject's copy (PDPA section 30): produced over GraphQL by central administrators, downloaded as PDF or JSON. */
@Module({ controllers: [SubjectCopyController], providers: [SubjectCopies, SubjectCopyResolver] })
export class SubjectCopyModule {}
