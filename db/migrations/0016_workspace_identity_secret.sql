ALTER TABLE `workspaces` ADD `identity_secret` text;--> statement-breakpoint
ALTER TABLE `workspaces` ADD `identity_secret_at` integer;--> statement-breakpoint
ALTER TABLE `workspaces` ADD `identity_previous` text;--> statement-breakpoint
ALTER TABLE `workspaces` ADD `identity_previous_until` integer;