import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_price_imports_status" AS ENUM('queued', 'running', 'done', 'failed');
  CREATE TYPE "public"."enum_price_exports_status" AS ENUM('queued', 'running', 'done', 'failed');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'event-pricing-import-prices' BEFORE 'event-inventory-alert-managers';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'event-pricing-export-prices' BEFORE 'event-inventory-alert-managers';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'event-pricing-import-prices' BEFORE 'event-inventory-alert-managers';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'event-pricing-export-prices' BEFORE 'event-inventory-alert-managers';
  CREATE TABLE "price_imports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"price_list_id" integer,
  	"status" "enum_price_imports_status" DEFAULT 'queued',
  	"processed" numeric DEFAULT 0,
  	"total" numeric DEFAULT 0,
  	"message" varchar,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"created" numeric DEFAULT 0,
  	"updated" numeric DEFAULT 0,
  	"rejected" numeric DEFAULT 0,
  	"row_errors" jsonb,
  	"csv_id" integer,
  	"owner_id" integer,
  	"business_unit_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "price_exports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"price_list_id" integer NOT NULL,
  	"currency" varchar,
  	"status" "enum_price_exports_status" DEFAULT 'queued',
  	"processed" numeric DEFAULT 0,
  	"total" numeric DEFAULT 0,
  	"message" varchar,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"csv_id" integer,
  	"owner_id" integer,
  	"business_unit_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "price_csv_files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"content" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "price_imports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "price_exports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "price_csv_files_id" integer;
  ALTER TABLE "price_imports" ADD CONSTRAINT "price_imports_price_list_id_price_lists_id_fk" FOREIGN KEY ("price_list_id") REFERENCES "public"."price_lists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "price_imports" ADD CONSTRAINT "price_imports_csv_id_price_csv_files_id_fk" FOREIGN KEY ("csv_id") REFERENCES "public"."price_csv_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "price_imports" ADD CONSTRAINT "price_imports_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "price_imports" ADD CONSTRAINT "price_imports_business_unit_id_business_units_id_fk" FOREIGN KEY ("business_unit_id") REFERENCES "public"."business_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "price_exports" ADD CONSTRAINT "price_exports_price_list_id_price_lists_id_fk" FOREIGN KEY ("price_list_id") REFERENCES "public"."price_lists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "price_exports" ADD CONSTRAINT "price_exports_csv_id_price_csv_files_id_fk" FOREIGN KEY ("csv_id") REFERENCES "public"."price_csv_files"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "price_exports" ADD CONSTRAINT "price_exports_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "price_exports" ADD CONSTRAINT "price_exports_business_unit_id_business_units_id_fk" FOREIGN KEY ("business_unit_id") REFERENCES "public"."business_units"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "price_imports_price_list_idx" ON "price_imports" USING btree ("price_list_id");
  CREATE INDEX "price_imports_status_idx" ON "price_imports" USING btree ("status");
  CREATE INDEX "price_imports_csv_idx" ON "price_imports" USING btree ("csv_id");
  CREATE INDEX "price_imports_owner_idx" ON "price_imports" USING btree ("owner_id");
  CREATE INDEX "price_imports_business_unit_idx" ON "price_imports" USING btree ("business_unit_id");
  CREATE INDEX "price_imports_updated_at_idx" ON "price_imports" USING btree ("updated_at");
  CREATE INDEX "price_imports_created_at_idx" ON "price_imports" USING btree ("created_at");
  CREATE UNIQUE INDEX "price_imports_filename_idx" ON "price_imports" USING btree ("filename");
  CREATE INDEX "price_exports_price_list_idx" ON "price_exports" USING btree ("price_list_id");
  CREATE INDEX "price_exports_status_idx" ON "price_exports" USING btree ("status");
  CREATE INDEX "price_exports_csv_idx" ON "price_exports" USING btree ("csv_id");
  CREATE INDEX "price_exports_owner_idx" ON "price_exports" USING btree ("owner_id");
  CREATE INDEX "price_exports_business_unit_idx" ON "price_exports" USING btree ("business_unit_id");
  CREATE INDEX "price_exports_updated_at_idx" ON "price_exports" USING btree ("updated_at");
  CREATE INDEX "price_exports_created_at_idx" ON "price_exports" USING btree ("created_at");
  CREATE INDEX "price_csv_files_updated_at_idx" ON "price_csv_files" USING btree ("updated_at");
  CREATE INDEX "price_csv_files_created_at_idx" ON "price_csv_files" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_price_imports_fk" FOREIGN KEY ("price_imports_id") REFERENCES "public"."price_imports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_price_exports_fk" FOREIGN KEY ("price_exports_id") REFERENCES "public"."price_exports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_price_csv_files_fk" FOREIGN KEY ("price_csv_files_id") REFERENCES "public"."price_csv_files"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_price_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("price_imports_id");
  CREATE INDEX "payload_locked_documents_rels_price_exports_id_idx" ON "payload_locked_documents_rels" USING btree ("price_exports_id");
  CREATE INDEX "payload_locked_documents_rels_price_csv_files_id_idx" ON "payload_locked_documents_rels" USING btree ("price_csv_files_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "price_imports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "price_exports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "price_csv_files" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "price_imports" CASCADE;
  DROP TABLE "price_exports" CASCADE;
  DROP TABLE "price_csv_files" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_price_imports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_price_exports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_price_csv_files_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'event-lifetime-sales-order-placed', 'event-lifetime-sales-order-cancelled', 'event-lifetime-sales-order-refunded', 'event-pricing-rebuild-prices', 'event-pricing-refresh-chains', 'event-pricing-regenerate-dependent-rules', 'event-pricing-regenerate-rule', 'event-pricing-regenerate-for-products', 'event-inventory-alert-managers', 'event-inventory-create-task', 'event-inventory-replenish', 'event-payments-capture-on-line-shipped', 'event-payments-capture-on-order-shipped', 'event-payments-refund-on-line-returned', 'event-tasks-alert-status-changed', 'event-tasks-alert-assigned', 'event-alerts-order-placed', 'event-alerts-order-status-changed', 'event-alerts-order-line-status-changed', 'event-alerts-order-payment-failed', 'event-alerts-stock-low', 'event-alerts-task-status-changed');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'event-lifetime-sales-order-placed', 'event-lifetime-sales-order-cancelled', 'event-lifetime-sales-order-refunded', 'event-pricing-rebuild-prices', 'event-pricing-refresh-chains', 'event-pricing-regenerate-dependent-rules', 'event-pricing-regenerate-rule', 'event-pricing-regenerate-for-products', 'event-inventory-alert-managers', 'event-inventory-create-task', 'event-inventory-replenish', 'event-payments-capture-on-line-shipped', 'event-payments-capture-on-order-shipped', 'event-payments-refund-on-line-returned', 'event-tasks-alert-status-changed', 'event-tasks-alert-assigned', 'event-alerts-order-placed', 'event-alerts-order-status-changed', 'event-alerts-order-line-status-changed', 'event-alerts-order-payment-failed', 'event-alerts-stock-low', 'event-alerts-task-status-changed');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_price_imports_id_idx";
  DROP INDEX "payload_locked_documents_rels_price_exports_id_idx";
  DROP INDEX "payload_locked_documents_rels_price_csv_files_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "price_imports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "price_exports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "price_csv_files_id";
  DROP TYPE "public"."enum_price_imports_status";
  DROP TYPE "public"."enum_price_exports_status";`)
}
