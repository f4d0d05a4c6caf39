ALTER TABLE `sites` ADD `identity_secret` text;--> statement-breakpoint
ALTER TABLE `sites` ADD `identity_previous` text;--> statement-breakpoint
ALTER TABLE `sites` ADD `identity_previous_until` integer;