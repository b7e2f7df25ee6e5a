-- What the DigiD login has already accepted once: SAML artifacts and assertion ids may each be used
-- a single time (replay protection). Kept in the database, not in memory, so that a replay is also
-- refused by another cluster member and after a restart. Rows are only needed until the message
-- would have expired anyway (expires_at); older rows may be deleted. Portable SQL (H2 and PostgreSQL).

CREATE TABLE saml_replay (
    kind        VARCHAR(20)              NOT NULL,
    message_id  VARCHAR(200)             NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_saml_replay PRIMARY KEY (kind, message_id)
);

CREATE INDEX ix_saml_replay_expires_at ON saml_replay (expires_at);
