import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Whether the database answers: one `SELECT 1` (the readiness probe). */
@Injectable()
export class DatabaseProbe {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Resolves when the database answered, rejects with its error when it did not. */
  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
