import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "event_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" varchar NOT NULL,
  	"event" varchar NOT NULL,
  	"subscriber" varchar NOT NULL,
  	"status" varchar NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"completed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "event_deliveries_id" integer;
  CREATE INDEX "event_deliveries_updated_at_idx" ON "event_deliveries" USING btree ("updated_at");
  CREATE INDEX "event_deliveries_created_at_idx" ON "event_deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "eventId_subscriber_idx" ON "event_deliveries" USING btree ("event_id","subscriber");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_event_deliveries_fk" FOREIGN KEY ("event_deliveries_id") REFERENCES "public"."event_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_event_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("event_deliveries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "event_deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "event_deliveries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_event_deliveries_fk";
  
  DROP INDEX "payload_locked_documents_rels_event_deliveries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "event_deliveries_id";`)
}
