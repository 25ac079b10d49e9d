import { Inject } from '@nestjs/common';
import { Context, Query, Resolver } from '@nestjs/graphql';
import { CLOCK } from '../../database/database.module.js';
import type { Clock } from '../../shared/clock.js';
import type { RequestOrigin } from '../sign-in/client-address.js';
import { Public } from '../sessions/staff-access.decorators.js';
import { DopaIssuer } from './dopa-issuer.js';
import { maskCitizenId } from './filer-identity.js';
import { FilerSessions } from './filer-sessions.store.js';
import { FilerObject } from './filer.types.js';

/** The filer signed in with D.DOPA (their session cookie), and nothing else of theirs for now. */
@Resolver()
export class FilerResolver {
  constructor(
    @Inject(FilerSessions) private readonly sessions: FilerSessions,
    @Inject(DopaIssuer) private readonly issuer: DopaIssuer | null,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Public()
  @Query(() => FilerObject, { nullable: true, description: 'The filer signed in with D.DOPA in this browser; null when none' })
  async filer(@Context('req') request: RequestOrigin): Promise<FilerObject | null> {
    const session = await this.sessions.current(request.headers.cookie, this.clock.now());
    return session ? { citizenIdMasked: maskCitizenId(session.citizenId), name: session.name, sessionExpiresAt: session.expiresAt } : null;
  }

  @Public()
  @Query(() => Boolean, { nullable: true, description: 'Whether filers can sign in with D.DOPA on this service (its issuer is configured)' })
  filerSignInAvailable(): boolean {
    return this.issuer !== null;
  }
}
