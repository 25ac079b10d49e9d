import { Field, InputType } from '@nestjs/graphql';

/**
 * What every mutation's input that records a command carries: the client's own id of the request. It is the
 * client's token, not an id of the service, so it stays a String.
 */
@InputType({ isAbstract: true })
export abstract class CommandInput {
  @Field(() => String, {
    nullable: true,
    description: 'Your id for this request, 1 to 200 characters: sending it again (after a lost answer) records nothing new; '
      + 'without one the service makes one',
  })
  commandId?: string | null;
}
