import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_orders_shipping_address_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TYPE "public"."enum_orders_billing_address_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TABLE "orders_applied_promotions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"promotion" varchar,
  	"name" varchar,
  	"coupon" varchar,
  	"amount" numeric
  );
  
  CREATE TABLE "orders_taxes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"rate" varchar,
  	"amount" numeric
  );
  
  ALTER TABLE "orders_lines" ADD COLUMN "price_list" varchar;
  ALTER TABLE "orders" ADD COLUMN "shipping_discount" numeric;
  ALTER TABLE "orders" ADD COLUMN "prices_include_tax" boolean;
  ALTER TABLE "orders" ADD COLUMN "shipping_address_organization" varchar;
  ALTER TABLE "orders" ADD COLUMN "shipping_address_first_name" varchar;
  ALTER TABLE "orders" ADD COLUMN "shipping_address_last_name" varchar;
  ALTER TABLE "orders" ADD COLUMN "shipping_address_street" varchar;
  ALTER TABLE "orders" ADD COLUMN "shipping_address_street2" varchar;
  ALTER TABLE "orders" ADD COLUMN "shipping_address_postal_code" varchar;
  ALTER TABLE "orders" ADD COLUMN "shipping_address_city" varchar;
  ALTER TABLE "orders" ADD COLUMN "shipping_address_region" varchar;
  ALTER TABLE "orders" ADD COLUMN "shipping_address_country" "enum_orders_shipping_address_country";
  ALTER TABLE "orders" ADD COLUMN "shipping_address_phone" varchar;
  ALTER TABLE "orders" ADD COLUMN "billing_address_organization" varchar;
  ALTER TABLE "orders" ADD COLUMN "billing_address_first_name" varchar;
  ALTER TABLE "orders" ADD COLUMN "billing_address_last_name" varchar;
  ALTER TABLE "orders" ADD COLUMN "billing_address_street" varchar;
  ALTER TABLE "orders" ADD COLUMN "billing_address_street2" varchar;
  ALTER TABLE "orders" ADD COLUMN "billing_address_postal_code" varchar;
  ALTER TABLE "orders" ADD COLUMN "billing_address_city" varchar;
  ALTER TABLE "orders" ADD COLUMN "billing_address_region" varchar;
  ALTER TABLE "orders" ADD COLUMN "billing_address_country" "enum_orders_billing_address_country";
  ALTER TABLE "orders" ADD COLUMN "billing_address_phone" varchar;
  ALTER TABLE "orders_applied_promotions" ADD CONSTRAINT "orders_applied_promotions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "orders_taxes" ADD CONSTRAINT "orders_taxes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "orders_applied_promotions_order_idx" ON "orders_applied_promotions" USING btree ("_order");
  CREATE INDEX "orders_applied_promotions_parent_id_idx" ON "orders_applied_promotions" USING btree ("_parent_id");
  CREATE INDEX "orders_taxes_order_idx" ON "orders_taxes" USING btree ("_order");
  CREATE INDEX "orders_taxes_parent_id_idx" ON "orders_taxes" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "orders_applied_promotions" CASCADE;
  DROP TABLE "orders_taxes" CASCADE;
  ALTER TABLE "orders_lines" DROP COLUMN "price_list";
  ALTER TABLE "orders" DROP COLUMN "shipping_discount";
  ALTER TABLE "orders" DROP COLUMN "prices_include_tax";
  ALTER TABLE "orders" DROP COLUMN "shipping_address_organization";
  ALTER TABLE "orders" DROP COLUMN "shipping_address_first_name";
  ALTER TABLE "orders" DROP COLUMN "shipping_address_last_name";
  ALTER TABLE "orders" DROP COLUMN "shipping_address_street";
  ALTER TABLE "orders" DROP COLUMN "shipping_address_street2";
  ALTER TABLE "orders" DROP COLUMN "shipping_address_postal_code";
  ALTER TABLE "orders" DROP COLUMN "shipping_address_city";
  ALTER TABLE "orders" DROP COLUMN "shipping_address_region";
  ALTER TABLE "orders" DROP COLUMN "shipping_address_country";
  ALTER TABLE "orders" DROP COLUMN "shipping_address_phone";
  ALTER TABLE "orders" DROP COLUMN "billing_address_organization";
  ALTER TABLE "orders" DROP COLUMN "billing_address_first_name";
  ALTER TABLE "orders" DROP COLUMN "billing_address_last_name";
  ALTER TABLE "orders" DROP COLUMN "billing_address_street";
  ALTER TABLE "orders" DROP COLUMN "billing_address_street2";
  ALTER TABLE "orders" DROP COLUMN "billing_address_postal_code";
  ALTER TABLE "orders" DROP COLUMN "billing_address_city";
  ALTER TABLE "orders" DROP COLUMN "billing_address_region";
  ALTER TABLE "orders" DROP COLUMN "billing_address_country";
  ALTER TABLE "orders" DROP COLUMN "billing_address_phone";
  DROP TYPE "public"."enum_orders_shipping_address_country";
  DROP TYPE "public"."enum_orders_billing_address_country";`)
}
