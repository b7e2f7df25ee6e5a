-- Reference data: the case types an intake opens, their statuses, and the teams of the start
-- situation. Portable SQL (H2 2.2 and PostgreSQL 15), explicit ids below 1000 (the sequences of
-- case_status and team start at 1001).
--
-- A new social domain needs a migration like this one: its case type (intake_default TRUE, at most
-- one per domain), the statuses of that case type (exactly one is_initial), and a team serving it.
-- name_key values are keys of the bundle nl/frontoffice/domain/DomainMessages.

-- Case types. Deadlines: amount + unit (CALENDAR_DAYS, WEEKS, WORKING_DAYS).
INSERT INTO case_type (code, domain_code, name_key, legal_basis, deadline_amount, deadline_unit,
                       urgent_deadline_amount, urgent_deadline_unit, intake_default)
VALUES ('WMO_MELDING', 'WMO', 'casetype.WMO_MELDING', 'Wmo 2015 art. 2.3.2 lid 9', 6, 'WEEKS', NULL, NULL, TRUE);
INSERT INTO case_type (code, domain_code, name_key, legal_basis, deadline_amount, deadline_unit,
                       urgent_deadline_amount, urgent_deadline_unit, intake_default)
VALUES ('JEUGD_AANVRAAG', 'JEUGD', 'casetype.JEUGD_AANVRAAG', 'Awb art. 4:13', 8, 'WEEKS', NULL, NULL, TRUE);
INSERT INTO case_type (code, domain_code, name_key, legal_basis, deadline_amount, deadline_unit,
                       urgent_deadline_amount, urgent_deadline_unit, intake_default)
VALUES ('PARTICIPATIE_AANVRAAG', 'PARTICIPATIE', 'casetype.PARTICIPATIE_AANVRAAG', 'Awb art. 4:13', 8, 'WEEKS', NULL, NULL, TRUE);
-- Wgs art. 4a: a first conversation within 4 weeks; within 3 working days when there is a threat
-- of eviction, cut-off of energy or water, or termination of the health insurance.
INSERT INTO case_type (code, domain_code, name_key, legal_basis, deadline_amount, deadline_unit,
                       urgent_deadline_amount, urgent_deadline_unit, intake_default)
VALUES ('SHV_AANMELDING', 'SCHULDHULPVERLENING', 'casetype.SHV_AANMELDING', 'Wgs art. 4a', 4, 'WEEKS', 3, 'WORKING_DAYS', TRUE);

-- Statuses per case type, in order. Ids: 1-9 WMO, 11-19 Jeugd, 21-29 Participatie, 31-39 SHV.
INSERT INTO case_status (id, case_type_code, code, sequence_number, name_key, is_initial, is_terminal)
VALUES (1, 'WMO_MELDING', 'RECEIVED', 1, 'casestatus.RECEIVED', TRUE, FALSE);
INSERT INTO case_status (id, case_type_code, code, sequence_number, name_key, is_initial, is_terminal)
VALUES (2, 'WMO_MELDING', 'IN_PROGRESS', 2, 'casestatus.IN_PROGRESS', FALSE, FALSE);
INSERT INTO case_status (id, case_type_code, code, sequence_number, name_key, is_initial, is_terminal)
VALUES (3, 'WMO_MELDING', 'DECIDED', 3, 'casestatus.DECIDED', FALSE, FALSE);
INSERT INTO case_status (id, case_type_code, code, sequence_number, name_key, is_initial, is_terminal)
VALUES (4, 'WMO_MELDING', 'CLOSED', 4, 'casestatus.CLOSED', FALSE, TRUE);

INSERT INTO case_status (id, case_type_code, code, sequence_number, name_key, is_initial, is_terminal)
VALUES (11, 'JEUGD_AANVRAAG', 'RECEIVED', 1, 'casestatus.RECEIVED', TRUE, FALSE);
INSERT INTO case_status (id, case_type_code, code, sequence_number, name_key, is_initial, is_terminal)
VALUES (12, 'JEUGD_AANVRAAG', 'IN_PROGRESS', 2, 'casestatus.IN_PROGRESS', FALSE, FALSE);
INSERT INTO case_status (id, case_type_code, code, sequence_number, name_key, is_initial, is_terminal)
VALUES (13, 'JEUGD_AANVRAAG', 'DECIDED', 3, 'casestatus.DECIDED', FALSE, FALSE);
INSERT INTO case_status (id, case_type_code, code, sequence_number, name_key, is_initial, is_terminal)
VALUES (14, 'JEUGD_AANVRAAG', 'CLOSED', 4, 'casestatus.CLOSED', FALSE, TRUE);

INSERT INTO case_status (id, case_type_code, code, sequence_number, name_key, is_initial, is_terminal)
VALUES (21, 'PARTICIPATIE_AANVRAAG', 'RECEIVED', 1, 'casestatus.RECEIVED', TRUE, FALSE);
INSERT INTO case_status (id, case_type_code, code, sequence_number, name_key, is_initial, is_terminal)
VALUES (22, 'PARTICIPATIE_AANVRAAG', 'IN_PROGRESS', 2, 'casestatus.IN_PROGRESS', FALSE, FALSE);
INSERT INTO case_status (id, case_type_code, code, sequence_number, name_key, is_initial, is_terminal)
VALUES (23, 'PARTICIPATIE_AANVRAAG', 'DECIDED', 3, 'casestatus.DECIDED', FALSE, FALSE);
INSERT INTO case_status (id, case_type_code, code, sequence_number, name_key, is_initial, is_terminal)
VALUES (24, 'PARTICIPATIE_AANVRAAG', 'CLOSED', 4, 'casestatus.CLOSED', FALSE, TRUE);

INSERT INTO case_status (id, case_type_code, code, sequence_number, name_key, is_initial, is_terminal)
VALUES (31, 'SHV_AANMELDING', 'RECEIVED', 1, 'casestatus.RECEIVED', TRUE, FALSE);
INSERT INTO case_status (id, case_type_code, code, sequence_number, name_key, is_initial, is_terminal)
VALUES (32, 'SHV_AANMELDING', 'FIRST_CONVERSATION_PLANNED', 2, 'casestatus.FIRST_CONVERSATION_PLANNED', FALSE, FALSE);
INSERT INTO case_status (id, case_type_code, code, sequence_number, name_key, is_initial, is_terminal)
VALUES (33, 'SHV_AANMELDING', 'IN_PROGRESS', 3, 'casestatus.IN_PROGRESS', FALSE, FALSE);
INSERT INTO case_status (id, case_type_code, code, sequence_number, name_key, is_initial, is_terminal)
VALUES (34, 'SHV_AANMELDING', 'CLOSED', 4, 'casestatus.CLOSED', FALSE, TRUE);

-- Teams of the start situation and the domains they serve (staff accounts are not migrations).
INSERT INTO team (id, name, version) VALUES (1, 'Team Wmo', 1);
INSERT INTO team (id, name, version) VALUES (2, 'Team Jeugd', 1);
INSERT INTO team (id, name, version) VALUES (3, 'Team Werk en Inkomen', 1);

INSERT INTO team_domain (team_id, domain_code) VALUES (1, 'WMO');
INSERT INTO team_domain (team_id, domain_code) VALUES (2, 'JEUGD');
INSERT INTO team_domain (team_id, domain_code) VALUES (3, 'PARTICIPATIE');
INSERT INTO team_domain (team_id, domain_code) VALUES (3, 'SCHULDHULPVERLENING');
