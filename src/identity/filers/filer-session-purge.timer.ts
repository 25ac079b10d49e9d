import { Inject, Injectable } from '@nestjs/common';
import { CLOCK } from '../../database/database.module.js';
import type { Clock } from '../../shared/clock.js';
import { UploadCleanupTimer } from '../../storage/upload-cleanup.timer.js';
import { FilerSessions } from './filer-sessions.store.js';

/**
 * Deletes, every hour at :20, the filer sessions that expired or were signed out, and the sign-ins begun at D.DOPA
 * that never came back: nothing keeps them once over (the hourly pass and its log are the upload cleanups').
 */
@Injectable()
export class FilerSessionPurgeTimer extends UploadCleanupTimer {
  constructor(@Inject(CLOCK) clock: Clock, @Inject(FilerSessions) sessions: FilerSessions) {
    super(clock, { what: 'filer session', untaken: 'expired', minute: 20, retentionMs: 0 }, (before) => sessions.purgeBefore(before));
  }
}
