-- The intake wizard: drafts that survive logout and restarts, attachments stored in the database,
-- the answers of a submitted intake, and consent to share per case. Portable SQL (H2 2.2 and
-- PostgreSQL 15): BYTEA is PostgreSQL's binary type and an alias of BINARY VARYING in H2.
--
-- Drafts and answers are stored as fields (one row per key, see nl.frontoffice.domain.intake.IntakeForm)
-- with the version of the field layout beside them, so a new or renamed question needs no schema change.

CREATE SEQUENCE intake_draft_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE intake_attachment_seq START WITH 1 INCREMENT BY 50;

-- One draft per citizen and author (the citizen himself, or a staff member acting for him).
CREATE TABLE intake_draft (
    id                       BIGINT                   NOT NULL,
    citizen_bsn              VARCHAR(9)               NOT NULL,
    author_type              VARCHAR(20)              NOT NULL,
    author_identifier        VARCHAR(100)             NOT NULL,
    author_name              VARCHAR(200)             NOT NULL,
    channel                  VARCHAR(20)              NOT NULL,
    current_step             VARCHAR(50),
    content_version          INTEGER                  NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  BIGINT                   NOT NULL,
    CONSTRAINT pk_intake_draft PRIMARY KEY (id),
    CONSTRAINT uq_intake_draft_author UNIQUE (citizen_bsn, author_type, author_identifier),
    CONSTRAINT ck_intake_draft_content_version CHECK (content_version > 0)
);

CREATE TABLE intake_draft_field (
    draft_id                 BIGINT                   NOT NULL,
    field_key                VARCHAR(100)             NOT NULL,
    field_value              VARCHAR(4000)            NOT NULL,
    CONSTRAINT pk_intake_draft_field PRIMARY KEY (draft_id, field_key)
);

-- Attachments: owned by a draft until submission, then by the intake (never both, never neither).
CREATE TABLE intake_attachment (
    id                       BIGINT                   NOT NULL,
    draft_id                 BIGINT,
    intake_id                BIGINT,
    file_name                VARCHAR(120)             NOT NULL,
    media_type               VARCHAR(50)              NOT NULL,
    size_bytes               BIGINT                   NOT NULL,
    sha256                   VARCHAR(64)              NOT NULL,
    content                  BYTEA                    NOT NULL,
    uploaded_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_intake_attachment PRIMARY KEY (id),
    CONSTRAINT ck_intake_attachment_owner CHECK (
        (draft_id IS NOT NULL AND intake_id IS NULL) OR (draft_id IS NULL AND intake_id IS NOT NULL)),
    CONSTRAINT ck_intake_attachment_size CHECK (size_bytes > 0),
    CONSTRAINT ck_intake_attachment_media_type CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png'))
);

-- What the citizen entered in the wizard, kept with the submitted intake.
CREATE TABLE intake_answer (
    intake_id                BIGINT                   NOT NULL,
    answer_key               VARCHAR(100)             NOT NULL,
    answer_value             VARCHAR(4000)            NOT NULL,
    CONSTRAINT pk_intake_answer PRIMARY KEY (intake_id, answer_key)
);

-- Intakes made before the wizard have no answers (answers_version NULL), unverified personal data
-- and no declaration.
ALTER TABLE intake ADD COLUMN answers_version INTEGER;
ALTER TABLE intake ADD COLUMN source_draft_id BIGINT;
ALTER TABLE intake ADD COLUMN personal_data_verified BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE intake ADD COLUMN declared_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE intake ADD CONSTRAINT uq_intake_source_draft UNIQUE (source_draft_id);

-- Whether the citizen allows sharing the case with chain partners; nothing is shared without it.
ALTER TABLE case_file ADD COLUMN consent_to_share BOOLEAN DEFAULT FALSE NOT NULL;

CREATE INDEX ix_intake_draft_updated_at ON intake_draft (updated_at);
CREATE INDEX ix_intake_attachment_draft ON intake_attachment (draft_id);
CREATE INDEX ix_intake_attachment_intake ON intake_attachment (intake_id);

ALTER TABLE intake_draft_field ADD CONSTRAINT fk_intake_draft_field_draft
    FOREIGN KEY (draft_id) REFERENCES intake_draft (id);
ALTER TABLE intake_attachment ADD CONSTRAINT fk_intake_attachment_draft
    FOREIGN KEY (draft_id) REFERENCES intake_draft (id);
ALTER TABLE intake_attachment ADD CONSTRAINT fk_intake_attachment_intake
    FOREIGN KEY (intake_id) REFERENCES intake (id);
ALTER TABLE intake_answer ADD CONSTRAINT fk_intake_answer_intake
    FOREIGN KEY (intake_id) REFERENCES intake (id);
