-- The login throttle's per-address state, shared by every application instance (it was kept in each
-- instance's memory): failed sign-ins per address and its block, and the addresses each account has
-- signed in from. Addresses are keyed as SignInAddresses.key gives them (IPv6 by its /64).
CREATE TABLE sign_in_address_failure (
	address VARCHAR(100) PRIMARY KEY,
	failures INT NOT NULL,
	since TIMESTAMP WITH TIME ZONE NOT NULL,
	blocked_until TIMESTAMP WITH TIME ZONE
);

-- No foreign key to account: rows are forgotten with the account's password (and capped per account);
-- clinic_id keeps the table distributable by clinic with the account it belongs to.
CREATE TABLE sign_in_known_address (
	clinic_id UUID NOT NULL,
	account_id UUID NOT NULL,
	address VARCHAR(100) NOT NULL,
	PRIMARY KEY (clinic_id, account_id, address)
);
CREATE INDEX sign_in_known_address_by_account ON sign_in_known_address (account_id);
