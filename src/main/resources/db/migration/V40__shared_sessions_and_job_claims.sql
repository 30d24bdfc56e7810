-- HTTP sessions in the database (Spring Session JDBC), so any application instance serves any request
-- and ending an account's sessions reaches every instance. Spring Session's own schema (identical for
-- H2 and PostgreSQL but for the attribute column type; BYTEA is understood by both), created here
-- rather than by Spring's initializer. PRINCIPAL_NAME holds the sign-in email, hence 320 characters.
CREATE TABLE SPRING_SESSION (
	PRIMARY_ID CHAR(36) NOT NULL,
	SESSION_ID CHAR(36) NOT NULL,
	CREATION_TIME BIGINT NOT NULL,
	LAST_ACCESS_TIME BIGINT NOT NULL,
	MAX_INACTIVE_INTERVAL INT NOT NULL,
	EXPIRY_TIME BIGINT NOT NULL,
	PRINCIPAL_NAME VARCHAR(320),
	CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);

CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
	SESSION_PRIMARY_ID CHAR(36) NOT NULL,
	ATTRIBUTE_NAME VARCHAR(200) NOT NULL,
	ATTRIBUTE_BYTES BYTEA NOT NULL,
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION(PRIMARY_ID) ON DELETE CASCADE
);

-- Installation-wide jobs (the nightly backup, say) run on one instance per period: an instance runs
-- the job only if one conditional UPDATE moves claimed_until forward (see shared.db.JobClaims).
-- Not clinic data: one row per job for the whole installation.
CREATE TABLE job_claim (
	job VARCHAR(100) PRIMARY KEY,
	claimed_until TIMESTAMP WITH TIME ZONE NOT NULL,
	claimed_by VARCHAR(200) NOT NULL
);
