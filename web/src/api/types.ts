import type { components } from '@clinic-booking/client';

type Schemas = components['schemas'];
export type User = Schemas['User'];
export type TokenResponse = Schemas['TokenResponse'];
export type Doctor = Schemas['Doctor'];
export type Appointment = Schemas['Appointment'];
export type AppointmentStatus = Schemas['AppointmentStatus'];
export type FreeSlot = Schemas['FreeSlot'];
export type Hold = Schemas['Hold'];
export type PageMeta = Schemas['PageMeta'];
