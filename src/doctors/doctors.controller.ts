import { Body, Controller, Get, Patch, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { ErrorResponseDto } from '../common/http/error-response.dto';
import { Auth, CurrentUser } from '../auth/auth.decorators';
import { UuidParam } from '../common/http/uuid-param';
import { DoctorsService } from './doctors.service';
import { DoctorDto, DoctorPageDto, SpecializationCountDto } from './dto/doctor.dto';
import { ListDoctorsQueryDto, UpdateDoctorDto } from './dto/doctors.dto';

@ApiTags('doctors')
@Controller('doctors')
export class DoctorsController {
  constructor(private readonly doctors: DoctorsService) {}

  /**
   * The doctor directory (any role): doctors with an active account, filtered by specialization (exact,
   * case-insensitive), a name or licence-number search, `isOnline` and `status`; sorted by `sort` (default
   * `fullName`). Bad filters answer 400 `VALIDATION_FAILED`.
   */
  @ApiOperation({ summary: 'List doctors' })
  @Get()
  @Auth({ scope: 'doctors:read' })
  listDoctors(@CurrentUser() actor: Actor, @Query() query: ListDoctorsQueryDto): Promise<DoctorPageDto> {
    return this.doctors.listDoctors(actor, query);
  }

  /** Each specialization with its number of active doctors, alphabetically (any role). */
  @ApiOperation({ summary: 'List specializations' })
  @Get('specializations')
  @Auth({ scope: 'doctors:read' })
  listSpecializations(@CurrentUser() actor: Actor): Promise<SpecializationCountDto[]> {
    return this.doctors.listSpecializations(actor);
  }

  /** The caller's own doctor profile (doctors only; 403 for other roles). */
  @ApiOperation({ summary: 'Get the caller’s doctor profile' })
  @Get('me')
  @Auth({ roles: ['doctor'] })
  getMyDoctorProfile(@CurrentUser() actor: Actor): Promise<DoctorDto> {
    return this.doctors.getMyProfile(actor);
  }

  /** One doctor (any role); 404 `DOCTOR_NOT_FOUND` if there is none with this id. */
  @ApiOperation({ summary: 'Get a doctor' })
  @Get(':id')
  @Auth({ scope: 'doctors:read' })
  getDoctor(@CurrentUser() actor: Actor, @UuidParam() id: string): Promise<DoctorDto> {
    return this.doctors.getDoctor(actor, id);
  }

  /**
   * Edits a profile: the doctor themself or an admin (403 for anyone else). Only an admin may change the
   * licence number (403 otherwise; 409 `LICENSE_TAKEN` when another doctor holds it). 404 `DOCTOR_NOT_FOUND`.
   */
  @ApiOperation({ summary: 'Edit a doctor’s profile' })
  @Patch(':id')
  @Auth({ roles: ['doctor', 'admin'], scope: 'doctors:write' })
  @ApiConflictResponse({ type: ErrorResponseDto, description: '`LICENSE_TAKEN`' })
  updateDoctor(@CurrentUser() actor: Actor, @UuidParam() id: string, @Body() dto: UpdateDoctorDto): Promise<DoctorDto> {
    return this.doctors.updateDoctor(actor, id, dto);
  }
}
