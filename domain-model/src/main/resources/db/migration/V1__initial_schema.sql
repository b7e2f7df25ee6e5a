-- Frontoffice schema, version 1.
--
-- Portable SQL: runs unchanged on H2 2.2 (plain jdbc:h2 URL, no compatibility mode) and on
-- PostgreSQL 15. Lowercase unquoted identifiers; no reserved words as column names.
--
-- Ids are BIGINT from one sequence per table. Every sequence increments by 50 to match
-- @SequenceGenerator(allocationSize = 50): the application takes a block of 50 ids per call and the
-- value returned is the first id of the block (persistence.xml sets
-- eclipselink.sequencing.start-sequence-at-nextval). Tables with reference rows inserted by
-- migrations (team, case_status) keep ids 1-1000 for those rows: their sequences start at 1001.
--
-- Order: sequences, tables (with primary keys, unique and check constraints), indexes, foreign keys.

CREATE SEQUENCE citizen_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE staff_member_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE team_seq START WITH 1001 INCREMENT BY 50;
CREATE SEQUENCE case_status_seq START WITH 1001 INCREMENT BY 50;
CREATE SEQUENCE intake_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE intake_question_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE case_file_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE case_status_change_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE contact_moment_seq START WITH 1 INCREMENT BY 50;

-- Citizens: only the BSN and the contact details the citizen gave us. Name, address and date of
-- birth belong to the BRP and are not stored.
CREATE TABLE citizen (
    id                       BIGINT                   NOT NULL,
    bsn                      VARCHAR(9)               NOT NULL,
    phone                    VARCHAR(20),
    email                    VARCHAR(254),
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  BIGINT                   NOT NULL,
    CONSTRAINT pk_citizen PRIMARY KEY (id),
    CONSTRAINT uq_citizen_bsn UNIQUE (bsn)
);

-- Staff and teams. Staff accounts are never inserted by migrations.
CREATE TABLE team (
    id                       BIGINT                   NOT NULL,
    name                     VARCHAR(100)             NOT NULL,
    version                  BIGINT                   NOT NULL,
    CONSTRAINT pk_team PRIMARY KEY (id),
    CONSTRAINT uq_team_name UNIQUE (name)
);

CREATE TABLE team_domain (
    team_id                  BIGINT                   NOT NULL,
    domain_code              VARCHAR(30)              NOT NULL,
    CONSTRAINT pk_team_domain PRIMARY KEY (team_id, domain_code)
);

CREATE TABLE staff_member (
    id                       BIGINT                   NOT NULL,
    username                 VARCHAR(100)             NOT NULL,
    display_name             VARCHAR(200)             NOT NULL,
    email                    VARCHAR(254),
    active                   BOOLEAN                  NOT NULL,
    version                  BIGINT                   NOT NULL,
    CONSTRAINT pk_staff_member PRIMARY KEY (id),
    CONSTRAINT uq_staff_member_username UNIQUE (username)
);

CREATE TABLE staff_role (
    staff_member_id          BIGINT                   NOT NULL,
    role_code                VARCHAR(30)              NOT NULL,
    CONSTRAINT pk_staff_role PRIMARY KEY (staff_member_id, role_code)
);

CREATE TABLE staff_team (
    staff_member_id          BIGINT                   NOT NULL,
    team_id                  BIGINT                   NOT NULL,
    CONSTRAINT pk_staff_team PRIMARY KEY (staff_member_id, team_id)
);

-- Case types and their statuses: reference data, inserted by migrations only.
CREATE TABLE case_type (
    code                     VARCHAR(50)              NOT NULL,
    domain_code              VARCHAR(30)              NOT NULL,
    name_key                 VARCHAR(100)             NOT NULL,
    legal_basis              VARCHAR(200)             NOT NULL,
    deadline_amount          INTEGER                  NOT NULL,
    deadline_unit            VARCHAR(20)              NOT NULL,
    urgent_deadline_amount   INTEGER,
    urgent_deadline_unit     VARCHAR(20),
    intake_default           BOOLEAN                  NOT NULL,
    CONSTRAINT pk_case_type PRIMARY KEY (code),
    CONSTRAINT ck_case_type_deadline CHECK (deadline_amount > 0),
    CONSTRAINT ck_case_type_urgent_deadline CHECK (
        (urgent_deadline_amount IS NULL AND urgent_deadline_unit IS NULL)
        OR (urgent_deadline_amount > 0 AND urgent_deadline_unit IS NOT NULL))
);

CREATE TABLE case_status (
    id                       BIGINT                   NOT NULL,
    case_type_code           VARCHAR(50)              NOT NULL,
    code                     VARCHAR(50)              NOT NULL,
    sequence_number          INTEGER                  NOT NULL,
    name_key                 VARCHAR(100)             NOT NULL,
    is_initial               BOOLEAN                  NOT NULL,
    is_terminal              BOOLEAN                  NOT NULL,
    CONSTRAINT pk_case_status PRIMARY KEY (id),
    CONSTRAINT uq_case_status_code UNIQUE (case_type_code, code),
    CONSTRAINT uq_case_status_sequence UNIQUE (case_type_code, sequence_number)
);

-- Intakes and their questions for help.
CREATE TABLE intake (
    id                       BIGINT                   NOT NULL,
    reference                VARCHAR(20)              NOT NULL,
    citizen_id               BIGINT                   NOT NULL,
    channel                  VARCHAR(20)              NOT NULL,
    author_type              VARCHAR(20)              NOT NULL,
    author_identifier        VARCHAR(100)             NOT NULL,
    author_name              VARCHAR(200)             NOT NULL,
    submitted_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    submission_key           VARCHAR(100),
    version                  BIGINT                   NOT NULL,
    CONSTRAINT pk_intake PRIMARY KEY (id),
    CONSTRAINT uq_intake_reference UNIQUE (reference),
    CONSTRAINT uq_intake_submission_key UNIQUE (submission_key)
);

CREATE TABLE intake_question (
    id                       BIGINT                   NOT NULL,
    intake_id                BIGINT                   NOT NULL,
    sequence_number          INTEGER                  NOT NULL,
    domain_code              VARCHAR(30)              NOT NULL,
    description              VARCHAR(4000)            NOT NULL,
    case_file_id             BIGINT,
    CONSTRAINT pk_intake_question PRIMARY KEY (id),
    CONSTRAINT uq_intake_question_sequence UNIQUE (intake_id, sequence_number)
);

CREATE TABLE intake_question_urgency (
    question_id              BIGINT                   NOT NULL,
    reason_code              VARCHAR(40)              NOT NULL,
    CONSTRAINT pk_intake_question_urgency PRIMARY KEY (question_id, reason_code)
);

-- Cases and their status history.
CREATE TABLE case_file (
    id                       BIGINT                   NOT NULL,
    reference                VARCHAR(20)              NOT NULL,
    intake_id                BIGINT                   NOT NULL,
    citizen_id               BIGINT                   NOT NULL,
    case_type_code           VARCHAR(50)              NOT NULL,
    status_code              VARCHAR(50)              NOT NULL,
    urgent                   BOOLEAN                  NOT NULL,
    start_date               DATE                     NOT NULL,
    deadline                 DATE                     NOT NULL,
    assignee_id              BIGINT,
    team_id                  BIGINT,
    version                  BIGINT                   NOT NULL,
    CONSTRAINT pk_case_file PRIMARY KEY (id),
    CONSTRAINT uq_case_file_reference UNIQUE (reference)
);

CREATE TABLE case_status_change (
    id                       BIGINT                   NOT NULL,
    case_file_id             BIGINT                   NOT NULL,
    from_status_code         VARCHAR(50),
    to_status_code           VARCHAR(50)              NOT NULL,
    changed_by_type          VARCHAR(20)              NOT NULL,
    changed_by_identifier    VARCHAR(100)             NOT NULL,
    changed_by_name          VARCHAR(200)             NOT NULL,
    changed_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    reason                   VARCHAR(1000),
    CONSTRAINT pk_case_status_change PRIMARY KEY (id)
);

-- Contact moments and the cases they were about.
CREATE TABLE contact_moment (
    id                       BIGINT                   NOT NULL,
    citizen_id               BIGINT                   NOT NULL,
    channel                  VARCHAR(20)              NOT NULL,
    subject                  VARCHAR(200)             NOT NULL,
    outcome                  VARCHAR(4000),
    occurred_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by_type       VARCHAR(20)              NOT NULL,
    registered_by_identifier VARCHAR(100)             NOT NULL,
    registered_by_name       VARCHAR(200)             NOT NULL,
    version                  BIGINT                   NOT NULL,
    CONSTRAINT pk_contact_moment PRIMARY KEY (id)
);

CREATE TABLE contact_moment_case (
    contact_moment_id        BIGINT                   NOT NULL,
    case_file_id             BIGINT                   NOT NULL,
    CONSTRAINT pk_contact_moment_case PRIMARY KEY (contact_moment_id, case_file_id)
);

-- Indexes for the lookups and for the foreign keys (PostgreSQL does not index those by itself).
-- citizen.bsn, intake.reference, case_file.reference are indexed by their unique constraints.
CREATE INDEX ix_staff_team_team ON staff_team (team_id);
CREATE INDEX ix_intake_citizen ON intake (citizen_id);
CREATE INDEX ix_intake_question_case_file ON intake_question (case_file_id);
CREATE INDEX ix_case_file_citizen ON case_file (citizen_id);
CREATE INDEX ix_case_file_intake ON case_file (intake_id);
CREATE INDEX ix_case_file_deadline ON case_file (deadline);
CREATE INDEX ix_case_file_assignee ON case_file (assignee_id);
CREATE INDEX ix_case_file_team ON case_file (team_id);
CREATE INDEX ix_case_file_type_status ON case_file (case_type_code, status_code);
CREATE INDEX ix_case_status_change_case_file ON case_status_change (case_file_id);
CREATE INDEX ix_contact_moment_citizen ON contact_moment (citizen_id);
CREATE INDEX ix_contact_moment_case_case_file ON contact_moment_case (case_file_id);

-- Foreign keys.
ALTER TABLE team_domain ADD CONSTRAINT fk_team_domain_team
    FOREIGN KEY (team_id) REFERENCES team (id);
ALTER TABLE staff_role ADD CONSTRAINT fk_staff_role_staff_member
    FOREIGN KEY (staff_member_id) REFERENCES staff_member (id);
ALTER TABLE staff_team ADD CONSTRAINT fk_staff_team_staff_member
    FOREIGN KEY (staff_member_id) REFERENCES staff_member (id);
ALTER TABLE staff_team ADD CONSTRAINT fk_staff_team_team
    FOREIGN KEY (team_id) REFERENCES team (id);
ALTER TABLE case_status ADD CONSTRAINT fk_case_status_case_type
    FOREIGN KEY (case_type_code) REFERENCES case_type (code);
ALTER TABLE intake ADD CONSTRAINT fk_intake_citizen
    FOREIGN KEY (citizen_id) REFERENCES citizen (id);
ALTER TABLE intake_question ADD CONSTRAINT fk_intake_question_intake
    FOREIGN KEY (intake_id) REFERENCES intake (id);
ALTER TABLE intake_question ADD CONSTRAINT fk_intake_question_case_file
    FOREIGN KEY (case_file_id) REFERENCES case_file (id);
ALTER TABLE intake_question_urgency ADD CONSTRAINT fk_intake_question_urgency_question
    FOREIGN KEY (question_id) REFERENCES intake_question (id);
ALTER TABLE case_file ADD CONSTRAINT fk_case_file_intake
    FOREIGN KEY (intake_id) REFERENCES intake (id);
ALTER TABLE case_file ADD CONSTRAINT fk_case_file_citizen
    FOREIGN KEY (citizen_id) REFERENCES citizen (id);
ALTER TABLE case_file ADD CONSTRAINT fk_case_file_case_type
    FOREIGN KEY (case_type_code) REFERENCES case_type (code);
-- the current status must be a status of the case's own type
ALTER TABLE case_file ADD CONSTRAINT fk_case_file_status
    FOREIGN KEY (case_type_code, status_code) REFERENCES case_status (case_type_code, code);
ALTER TABLE case_file ADD CONSTRAINT fk_case_file_assignee
    FOREIGN KEY (assignee_id) REFERENCES staff_member (id);
ALTER TABLE case_file ADD CONSTRAINT fk_case_file_team
    FOREIGN KEY (team_id) REFERENCES team (id);
ALTER TABLE case_status_change ADD CONSTRAINT fk_case_status_change_case_file
    FOREIGN KEY (case_file_id) REFERENCES case_file (id);
ALTER TABLE contact_moment ADD CONSTRAINT fk_contact_moment_citizen
    FOREIGN KEY (citizen_id) REFERENCES citizen (id);
ALTER TABLE contact_moment_case ADD CONSTRAINT fk_contact_moment_case_contact_moment
    FOREIGN KEY (contact_moment_id) REFERENCES contact_moment (id);
ALTER TABLE contact_moment_case ADD CONSTRAINT fk_contact_moment_case_case_file
    FOREIGN KEY (case_file_id) REFERENCES case_file (id);
