-- The first-run setup code (identity.SetupCode), shared by every application instance (it was kept in
-- each instance's memory): at most one row, fixed key 1, so when several instances start at once one
-- insert wins and only that instance prints a code. Only the SHA-256 of the code is stored; the wrong
-- codes typed against it are counted here, so five in total (not five per instance) replace it.
-- Deleted in the transaction that creates the first clinic and its owner. Not clinic data: no clinic
-- exists while the row does.
CREATE TABLE setup_code (
	id INT PRIMARY KEY,
	code_hash VARCHAR(64) NOT NULL,
	wrong_codes INT NOT NULL,
	created_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT setup_code_single_row CHECK (id = 1)
);
