import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DECORATORS } from '@nestjs/swagger';
import type { Role, Scope } from '@app/contracts';
import { IS_PUBLIC, ROLES, SCOPE } from '../../src/auth/auth.decorators';
import { API_PREFIX, UNPREFIXED_ROUTES } from '../../src/bootstrap';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One HTTP route of the running app, read from Nest's own routing metadata. */
export interface AppRoute {
  method: HttpMethod;
  /** Full path as Nest registers it, with `:param` placeholders: `/api/v1/patients/:id`. */
  path: string;
  isPublic: boolean;
  roles: Role[] | undefined;
  /** The scope that opens the route to API keys (`@Auth({ scope })`); undefined: no key may call it. */
  scope: Scope | undefined;
  /** `@Auth()` also declares the bearer security in the OpenAPI document. */
  declaresBearerAuth: boolean;
  handler: string;
}

export const routeKey = (route: { method: string; path: string }) => `${route.method} ${route.path}`;

function joinPath(...parts: string[]): string {
  const joined = parts
    .flatMap((part) => part.split('/'))
    .filter((segment) => segment !== '')
    .join('/');
  return `/${joined}`;
}

function asPaths(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value.map(String);
  }
  return [typeof value === 'string' ? value : '/'];
}

/**
 * Every controller route of the app (Socket.IO gateways and the Swagger UI are not Nest routes), with the global
 * prefix applied the way `createApp` applies it.
 */
export function listAppRoutes(app: NestFastifyApplication): AppRoute[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const routes: AppRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
    if (!controller) {
      continue;
    }
    const prototype = controller.prototype as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name] as (...args: unknown[]) => unknown;
      const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (requestMethod === undefined) {
        continue;
      }
      const security = (Reflect.getMetadata(DECORATORS.API_SECURITY, handler) ?? []) as Record<string, unknown>[];
      for (const controllerPath of asPaths(Reflect.getMetadata(PATH_METADATA, controller))) {
        for (const handlerPath of asPaths(Reflect.getMetadata(PATH_METADATA, handler))) {
          const relative = joinPath(controllerPath, handlerPath).slice(1);
          routes.push({
            method: RequestMethod[requestMethod] as HttpMethod,
            path: UNPREFIXED_ROUTES.includes(relative) ? joinPath(relative) : joinPath(API_PREFIX, relative),
            isPublic: reflector.getAllAndOverride<boolean>(IS_PUBLIC, [handler, controller]) === true,
            roles: reflector.getAllAndOverride<Role[] | undefined>(ROLES, [handler, controller]),
            scope: reflector.getAllAndOverride<Scope | undefined>(SCOPE, [handler, controller]),
            declaresBearerAuth: security.some((requirement) => 'bearer' in requirement),
            handler: `${controller.name}.${name}`,
          });
        }
      }
    }
  }
  return routes.sort((a, b) => routeKey(a).localeCompare(routeKey(b)));
}

/** `/api/v1/patients/:id/records/:recordId` → `/api/v1/patients/{id}/records/{recordId}` (OpenAPI's spelling). */
export function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}
