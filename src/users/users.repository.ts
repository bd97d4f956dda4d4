import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@app/contracts';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { countedPage } from '../common/sql/counted-page';
import { likePattern } from '../common/sql/like-pattern';
import { DoctorEntity } from '../doctors/doctor.entity';
import { PatientEntity } from '../patients/patient.entity';
import type { UserWithProfiles } from './user.mapper';
import { UserEntity } from './user.entity';

export type NewUser = Pick<UserEntity, 'email' | 'passwordHash' | 'fullName' | 'role'> &
  Partial<Pick<UserEntity, 'phone'>>;

interface ProfileIds {
  p_id: string | null;
  d_id: string | null;
}

export interface UserFilter {
  role?: Role;
  isActive?: boolean;
  search?: string;
}

/** User reads always come with the ids of the user's patient or doctor profile (one query, no N+1). */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` in one transaction; its manager is what the other methods take to join it. */
  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private base(em: EntityManager = this.dataSource.manager): SelectQueryBuilder<UserEntity> {
    return em
      .createQueryBuilder(UserEntity, 'u')
      .leftJoin(PatientEntity, 'p', 'p.user_id = u.id')
      .leftJoin(DoctorEntity, 'd', 'd.user_id = u.id')
      .addSelect(['p.id', 'd.id']);
  }

  private async many(qb: SelectQueryBuilder<UserEntity>): Promise<UserWithProfiles[]> {
    const { entities, raw } = await qb.getRawAndEntities<ProfileIds>();
    return this.withProfiles(entities, raw);
  }

  private withProfiles(entities: UserEntity[], raw: ProfileIds[]): UserWithProfiles[] {
    return entities.map((user, i) => ({ user, patientId: raw[i]?.p_id ?? null, doctorId: raw[i]?.d_id ?? null }));
  }

  async findById(id: string, em?: EntityManager): Promise<UserWithProfiles | null> {
    const [found] = await this.many(this.base(em).where('u.id = :id', { id }));
    return found ?? null;
  }

  async findPage(filter: UserFilter, offset: number, limit: number): Promise<[UserWithProfiles[], number]> {
    const qb = this.base();
    if (filter.role) {
      qb.andWhere('u.role = :role', { role: filter.role });
    }
    if (filter.isActive !== undefined) {
      qb.andWhere('u.is_active = :isActive', { isActive: filter.isActive });
    }
    if (filter.search) {
      qb.andWhere('(u.full_name ILIKE :term OR u.email ILIKE :term)', { term: likePattern(filter.search) });
    }
    const counted = qb.clone();
    qb.orderBy('u.created_at', 'DESC').addOrderBy('u.id').offset(offset).limit(limit);
    if (!filter.search) {
      // The count reads an index, and the page can stop after its rows.
      return [await this.many(qb), await counted.getCount()];
    }
    // A search reads every match (through the name and email indexes, or the table), so the page carries the count.
    const { entities, raw, total } = await countedPage<UserEntity, ProfileIds>(qb, counted, offset);
    return [this.withProfiles(entities, raw), total];
  }

  /** With the password hash, for login and password change only. */
  findCredentials(email: string): Promise<UserEntity | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
  }

  findCredentialsById(id: string): Promise<UserEntity | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id })
      .getOne();
  }

  /** The user row, locked until the transaction ends. */
  findForUpdate(id: string, em: EntityManager): Promise<UserEntity | null> {
    return em.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Inserts the user and answers its id. */
  async insert(user: NewUser, em: EntityManager = this.dataSource.manager): Promise<string> {
    const saved = await em.getRepository(UserEntity).save(user);
    return saved.id;
  }

  /** Inserts the user unless its email is taken; answers whether it did. */
  async insertUnlessExists(user: NewUser): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values(user)
      .orIgnore()
      .execute();
    return result.identifiers.length > 0 && Boolean(result.identifiers[0]);
  }

  async update(id: string, changes: Partial<UserEntity>, em: EntityManager = this.dataSource.manager): Promise<void> {
    await em.update(UserEntity, { id }, changes);
  }

  /** Sets the new hash and retires every access token issued before (`token_version` + 1). */
  async setPassword(id: string, passwordHash: string, em: EntityManager = this.dataSource.manager): Promise<void> {
    await em
      .createQueryBuilder()
      .update(UserEntity)
      .set({ passwordHash, tokenVersion: () => 'token_version + 1' })
      .where('id = :id', { id })
      .execute();
  }
}
