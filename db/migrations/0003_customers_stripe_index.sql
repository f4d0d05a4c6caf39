-- Stripe events name the Stripe customer; this finds ours (an expression index drizzle cannot declare).
CREATE INDEX `customers_stripe` ON `customers` (`workspace_id`, json_extract(`traits`, '$.stripe_customer_id'));
