ALTER TABLE `customer_churns` ADD `absorbed_at` integer;--> statement-breakpoint
ALTER TABLE `customer_churns` ADD `absorbed_reason` text;