-- Citizen view (klantbeeld) and KCC channel: callback requests, and the audit trail of every view
-- of a citizen's personal data. Portable SQL (H2 2.2 and PostgreSQL 15), like the other migrations.

CREATE SEQUENCE callback_request_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE personal_data_access_seq START WITH 1 INCREMENT BY 50;

-- Callback requests ("terugbelverzoeken"): a team calls the citizen back by the end of due_date
-- (Europe/Amsterdam). status OPEN or DONE; the completed_* columns are filled together when done.
-- phone and question are personal data of the citizen.
CREATE TABLE callback_request (
    id                       BIGINT                   NOT NULL,
    citizen_id               BIGINT                   NOT NULL,
    team_id                  BIGINT                   NOT NULL,
    phone                    VARCHAR(20)              NOT NULL,
    question                 VARCHAR(1000)            NOT NULL,
    due_date                 DATE                     NOT NULL,
    contact_moment_id        BIGINT,
    requested_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_by_type        VARCHAR(20)              NOT NULL,
    requested_by_identifier  VARCHAR(100)             NOT NULL,
    requested_by_name        VARCHAR(200)             NOT NULL,
    status                   VARCHAR(20)              NOT NULL,
    completed_at             TIMESTAMP WITH TIME ZONE,
    completed_by_type        VARCHAR(20),
    completed_by_identifier  VARCHAR(100),
    completed_by_name        VARCHAR(200),
    completion_note          VARCHAR(1000),
    version                  BIGINT                   NOT NULL,
    CONSTRAINT pk_callback_request PRIMARY KEY (id),
    CONSTRAINT ck_callback_request_status CHECK (status IN ('OPEN', 'DONE')),
    CONSTRAINT ck_callback_request_done CHECK (
        (status = 'OPEN' AND completed_at IS NULL AND completed_by_identifier IS NULL)
        OR (status = 'DONE' AND completed_at IS NOT NULL AND completed_by_type IS NOT NULL
            AND completed_by_identifier IS NOT NULL AND completed_by_name IS NOT NULL))
);

-- The audit trail of personal data: one row per view of one citizen's personal data (who, which
-- citizen, what, why, when). Append-only: the application has no UPDATE or DELETE path (the
-- repository only appends and searches; the entity refuses JPA updates and removals). The BSN is
-- stored so that a BEHEERDER can answer "who looked at this citizen" (see PersonalDataAccess).
--
-- Operations, PostgreSQL (production): run the application as a role that does not own the
-- schema and grant it only what it needs on this table, so that even a bug or a SQL injection
-- cannot rewrite the trail:
--     REVOKE UPDATE, DELETE, TRUNCATE ON personal_data_access FROM frontoffice_app;
--     GRANT SELECT, INSERT ON personal_data_access TO frontoffice_app;
-- (a trigger cannot be created here: this file must run unchanged on H2 as well).
-- Retention: rows older than the retention period are removed by the DBA, never by the application.
CREATE TABLE personal_data_access (
    id                       BIGINT                   NOT NULL,
    occurred_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    staff_username           VARCHAR(100)             NOT NULL,
    citizen_bsn              VARCHAR(9)               NOT NULL,
    event_type               VARCHAR(40)              NOT NULL,
    object_reference         VARCHAR(100),
    purpose_code             VARCHAR(30)              NOT NULL,
    purpose_note             VARCHAR(200),
    CONSTRAINT pk_personal_data_access PRIMARY KEY (id)
);

-- The BEHEERDER's searches: by citizen, by staff member, by time; each newest first.
CREATE INDEX ix_personal_data_access_citizen ON personal_data_access (citizen_bsn, occurred_at);
CREATE INDEX ix_personal_data_access_staff ON personal_data_access (staff_username, occurred_at);
CREATE INDEX ix_personal_data_access_time ON personal_data_access (occurred_at);
-- The open callback requests of a team, earliest due first; a citizen's requests for the timeline.
CREATE INDEX ix_callback_request_team_status ON callback_request (team_id, status, due_date);
CREATE INDEX ix_callback_request_citizen ON callback_request (citizen_id);
CREATE INDEX ix_callback_request_contact_moment ON callback_request (contact_moment_id);
-- The timeline reads a citizen's contact moments and cases newest first (V1 indexes citizen_id).

ALTER TABLE callback_request ADD CONSTRAINT fk_callback_request_citizen
    FOREIGN KEY (citizen_id) REFERENCES citizen (id);
ALTER TABLE callback_request ADD CONSTRAINT fk_callback_request_team
    FOREIGN KEY (team_id) REFERENCES team (id);
ALTER TABLE callback_request ADD CONSTRAINT fk_callback_request_contact_moment
    FOREIGN KEY (contact_moment_id) REFERENCES contact_moment (id);
