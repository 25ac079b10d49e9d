import type pg from 'pg';
import type { LogPosition } from '../../eventstore/event-store.port.js';
import { readCheckpoint, readCheckpointPositions } from './checkpoints.js';

/**
 * The caught-up projections of one runner look at the log together, at a tick every `pollMs`: one read of their
 * checkpoints a tick (on the connection of the first to ask) and one read of the log's tail (SharedLogReader shares
 * a read in flight), however many projections wait, rather than two statements each at times of their own.
 */
export class PollTicks {
  private tick?: Promise<void>;
  private checkpoints?: Promise<Map<string, LogPosition>>;

  constructor(private readonly pollMs: number) {}

  /** Resolves at the next tick. */
  next(): Promise<void> {
    this.tick ??= new Promise((resolve) => setTimeout(resolve, this.pollMs)).then(() => {
      this.tick = undefined;
      this.checkpoints = undefined;
    });
    return this.tick;
  }

  /** `name`'s checkpoint as read once since the last tick (an undone swap may have moved it back). */
  async checkpoint(db: pg.ClientBase, name: string): Promise<LogPosition | undefined> {
    const shared = (this.checkpoints ??= readCheckpointPositions(db));
    try {
      return (await shared).get(name);
    } catch {
      // The connection that read for all failed: this projection reads on its own (and fails only with its own).
      if (this.checkpoints === shared) this.checkpoints = undefined;
      return readCheckpoint(db, name);
    }
  }
}
