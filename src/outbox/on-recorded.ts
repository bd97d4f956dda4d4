import { OnEvent } from '@nestjs/event-emitter';
import { recordedEventName, type DomainEventName } from '../common/domain-events';

/**
 * Listens to events of `names` inside the transaction that records them (see `DomainEventPublisher.record`): the
 * handler gets `RecordedDomainEvent` and adds its inserts to the change's `writes` (one round trip for every
 * listener's), or runs statements with its `em` when it must read first. Its errors, and the batch's, reach that
 * transaction, which rolls back rather than commit a change without its trace.
 */
export function OnRecorded(...names: DomainEventName[]): MethodDecorator {
  const decorators = names.map((name) => OnEvent(recordedEventName(name), { suppressErrors: false }));
  return (target, key, descriptor) => {
    for (const decorate of decorators) {
      decorate(target, key, descriptor);
    }
  };
}
