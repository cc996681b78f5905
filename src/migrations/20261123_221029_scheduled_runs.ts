import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "scheduled_runs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"task" varchar NOT NULL,
  	"slot" numeric NOT NULL,
  	"status" varchar NOT NULL,
  	"started_at" timestamp(3) with time zone NOT NULL,
  	"finished_at" timestamp(3) with time zone,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "scheduled_runs_id" integer;
  CREATE INDEX "scheduled_runs_updated_at_idx" ON "scheduled_runs" USING btree ("updated_at");
  CREATE INDEX "scheduled_runs_created_at_idx" ON "scheduled_runs" USING btree ("created_at");
  CREATE UNIQUE INDEX "task_slot_idx" ON "scheduled_runs" USING btree ("task","slot");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_scheduled_runs_fk" FOREIGN KEY ("scheduled_runs_id") REFERENCES "public"."scheduled_runs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_scheduled_runs_id_idx" ON "payload_locked_documents_rels" USING btree ("scheduled_runs_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "scheduled_runs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "scheduled_runs" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_scheduled_runs_fk";
  
  DROP INDEX "payload_locked_documents_rels_scheduled_runs_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "scheduled_runs_id";`)
}
