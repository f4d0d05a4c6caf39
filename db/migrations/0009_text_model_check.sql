ALTER TABLE `workspaces` ADD `text_model_gain` real;--> statement-breakpoint
ALTER TABLE `workspaces` ADD `text_model_check` text;