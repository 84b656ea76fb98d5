-- table settings
CREATE TABLE "settings" ("key" text primary key, "value_json" text not null, "updated_at" integer not null);
