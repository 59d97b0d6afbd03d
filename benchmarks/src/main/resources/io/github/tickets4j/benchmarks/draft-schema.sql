CREATE TABLE t4j_ticket (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  ticket_number VARCHAR(30) NOT NULL,
  number_prefix VARCHAR(10) NOT NULL,
  number_sequence BIGINT NOT NULL,
  number_width INTEGER NOT NULL,
  title VARCHAR(200) NOT NULL,
  description VARCHAR(20000),
  status VARCHAR(40) NOT NULL,
  status_category VARCHAR(20) NOT NULL,
  priority VARCHAR(60),
  category VARCHAR(60),
  project_id VARCHAR(100),
  customer_id VARCHAR(100),
  contact_id VARCHAR(100),
  has_submitter BOOLEAN NOT NULL,
  submitter_name VARCHAR(200),
  submitter_email VARCHAR(320),
  submitter_company VARCHAR(200),
  assignee_id VARCHAR(100),
  team_id VARCHAR(100),
  hidden BOOLEAN NOT NULL,
  due_at TIMESTAMP(6) WITH TIME ZONE,
  follow_up_date DATE,
  created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  created_epoch_ms BIGINT NOT NULL,
  created_by VARCHAR(100) NOT NULL,
  closed_at TIMESTAMP(6) WITH TIME ZONE,
  closed_by VARCHAR(100),
  resolution_seconds BIGINT,
  resolved_at TIMESTAMP(6) WITH TIME ZONE,
  resolution_note VARCHAR(2000),
  last_activity_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  last_follow_up_at TIMESTAMP(6) WITH TIME ZONE,
  version BIGINT NOT NULL,
  CONSTRAINT t4j_ticket_number_uk UNIQUE (ticket_number)
);
CREATE TABLE t4j_ticket_tag (
  ticket_id VARCHAR(36) NOT NULL,
  tag VARCHAR(50) NOT NULL,
  PRIMARY KEY (ticket_id, tag)
);
CREATE TABLE t4j_timeline_entry (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  ticket_id VARCHAR(36) NOT NULL,
  seq_no INTEGER NOT NULL,
  occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  actor VARCHAR(100) NOT NULL,
  action VARCHAR(30) NOT NULL,
  from_value VARCHAR(200),
  to_value VARCHAR(200),
  detail VARCHAR(20000)
);
CREATE TABLE t4j_follow_up (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  ticket_id VARCHAR(36) NOT NULL,
  seq_no INTEGER NOT NULL,
  note VARCHAR(10000) NOT NULL,
  follow_up_date DATE,
  author VARCHAR(100) NOT NULL,
  created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
  visibility VARCHAR(10) NOT NULL
);
CREATE TABLE t4j_number_counter (
  name VARCHAR(40) NOT NULL PRIMARY KEY,
  last_value BIGINT NOT NULL
);
INSERT INTO t4j_number_counter (name, last_value) VALUES ('tickets', 0);
CREATE SEQUENCE t4j_ticket_number_seq START WITH 1 INCREMENT BY 1;
CREATE INDEX t4j_ticket_status_ix ON t4j_ticket (status);
CREATE INDEX t4j_ticket_category_ix ON t4j_ticket (status_category);
CREATE INDEX t4j_ticket_project_ix ON t4j_ticket (project_id);
CREATE INDEX t4j_ticket_assignee_ix ON t4j_ticket (assignee_id);
CREATE INDEX t4j_ticket_follow_up_ix ON t4j_ticket (follow_up_date);
CREATE INDEX t4j_ticket_due_ix ON t4j_ticket (due_at);
CREATE INDEX t4j_ticket_created_ix ON t4j_ticket (created_at);
CREATE INDEX t4j_timeline_ticket_ix ON t4j_timeline_entry (ticket_id, seq_no);
CREATE INDEX t4j_follow_up_ticket_ix ON t4j_follow_up (ticket_id, seq_no);
