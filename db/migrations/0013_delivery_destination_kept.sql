ALTER TABLE `deliveries` ADD `destination_name` text;--> statement-breakpoint
ALTER TABLE `deliveries` ADD `destination_kind` text;