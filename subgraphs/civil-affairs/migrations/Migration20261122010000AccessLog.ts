import { Migration } from '@mikro-orm/migrations';
import { ACCESS_LOG_DDL, ACCESS_LOG_DROP } from '../../../shared/audit/schema.js';

/** The append-only log of reveals of personal data. */
export class Migration20261122010000AccessLog extends Migration {
  override up(): void {
    this.addSql(ACCESS_LOG_DDL);
  }

  override down(): void {
    this.addSql(ACCESS_LOG_DROP);
  }
}
