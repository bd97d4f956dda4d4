import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { Auth, CurrentUser } from '../auth/auth.decorators';
import { UuidParam } from '../common/http/uuid-param';
import { AdminMessagesService } from './admin-messages.service';
import {
  BroadcastDto,
  BroadcastResultDto,
  ListNotificationsQueryDto,
  MessageNotificationDto,
  NOTIFICATION_SCHEMA,
  NotificationDto,
  NotificationPageDto,
  SendMessageDto,
} from './dto/notifications.dto';
import { InboxService } from './inbox.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly inbox: InboxService,
    private readonly adminMessages: AdminMessagesService,
  ) {}

  /**
   * The caller's own notifications, newest first: every appointment event and message that reached them, also
   * while they were offline. `unread=true` keeps the unread ones.
   */
  @ApiOperation({ summary: 'List the caller’s notifications' })
  @Get()
  @Auth()
  listNotifications(
    @CurrentUser() actor: Actor,
    @Query() query: ListNotificationsQueryDto,
  ): Promise<NotificationPageDto> {
    return this.inbox.listOwn(actor, query);
  }

  /**
   * Sends a message to one user (admin): stored as type `message` and delivered now as the `notification` socket
   * event to each of their connections. 404 `USER_NOT_FOUND` for an unknown user.
   */
  @ApiOperation({ summary: 'Send a message to a user' })
  @Post()
  @Auth({ roles: ['admin'] })
  @ApiCreatedResponse({ type: MessageNotificationDto })
  sendMessage(@CurrentUser() actor: Actor, @Body() dto: SendMessageDto): Promise<NotificationDto> {
    return this.adminMessages.sendMessage(actor, dto);
  }

  /**
   * Sends a message to every active user, or every active user of `role` (admin). Answers 202 once it is stored
   * for all of them (type `broadcast`, `data.broadcastId`); connected users get their copy as the `notification`
   * socket event right after. `recipients` is how many users it was stored for.
   */
  @ApiOperation({ summary: 'Broadcast a message' })
  @Post('broadcast')
  @HttpCode(202)
  @Auth({ roles: ['admin'] })
  broadcastMessage(@CurrentUser() actor: Actor, @Body() dto: BroadcastDto): Promise<BroadcastResultDto> {
    return this.adminMessages.broadcast(actor, dto);
  }

  /** Marks all the caller's notifications read. */
  @ApiOperation({ summary: 'Mark all notifications read' })
  @Post('read-all')
  @HttpCode(204)
  @Auth()
  markAllNotificationsRead(@CurrentUser() actor: Actor): Promise<void> {
    return this.inbox.markAllRead(actor);
  }

  /** Marks one of the caller's notifications read (the first read time stays); 404 `NOTIFICATION_NOT_FOUND` otherwise. */
  @ApiOperation({ summary: 'Mark a notification read' })
  @Patch(':id/read')
  @Auth()
  @ApiOkResponse({ schema: { $ref: getSchemaPath(NOTIFICATION_SCHEMA.name) } })
  markNotificationRead(@CurrentUser() actor: Actor, @UuidParam() id: string): Promise<NotificationDto> {
    return this.inbox.markRead(actor, id);
  }
}
