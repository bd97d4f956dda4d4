import type { ErrorCode } from '@app/contracts';
import { ApiSchema } from '@nestjs/swagger';
import { EnumField } from '../../common/http/api-fields';

/**
 * The answer to a client's socket message (`doctor.set_status`, `slots.watch`, `slots.unwatch`): `{ ok: true }`, or
 * `{ ok: false, code }` with the error code the same request would get over REST.
 */
@ApiSchema({ name: 'SocketAck' })
export class SocketAckDto {
  ok!: boolean;
  /** With `ok: false` only. */
  @EnumField('ErrorCode', { required: false })
  code?: ErrorCode;
}

/** What the server sends as `error` when a client message that asked for no acknowledgement was refused. */
@ApiSchema({ name: 'SocketError' })
export class SocketErrorDto {
  @EnumField('ErrorCode')
  code!: ErrorCode;
  /** @example "doctor.set_status was refused" */
  message!: string;
}

export const SOCKET_MESSAGE_MODELS = [SocketAckDto, SocketErrorDto];
