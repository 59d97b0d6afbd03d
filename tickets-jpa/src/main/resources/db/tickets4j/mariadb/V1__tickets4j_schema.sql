-- liquibase formatted sql
-- changeset tickets4j:1
-- Tickets4j schema for MariaDB 10.6+. Flyway: location classpath:db/tickets4j/mariadb. Liquibase: include
-- this file as formatted SQL. Instants are UTC datetime(6). Tables use binary, no-pad collation so that ids,
-- tags and names compare exactly as in Java (case, accents and trailing blanks count).

create table t4j_ticket (
    id varchar(36) not null,
    ticket_number varchar(30) not null,
    number_prefix varchar(10) not null,
    number_sequence bigint not null,
    number_width integer not null,
    title varchar(200) not null,
    description mediumtext,
    status varchar(40) not null,
    status_category varchar(20) not null,
    priority varchar(60),
    category varchar(60),
    project_id varchar(100),
    customer_id varchar(100),
    contact_id varchar(100),
    has_submitter tinyint(1) not null,
    submitter_name varchar(200),
    submitter_email varchar(320),
    submitter_company varchar(200),
    assignee_id varchar(100),
    team_id varchar(100),
    hidden tinyint(1) not null,
    due_at datetime(6),
    follow_up_date date,
    created_at datetime(6) not null,
    created_epoch_ms bigint not null,
    created_by varchar(100) not null,
    closed_at datetime(6),
    closed_by varchar(100),
    resolution_seconds bigint,
    resolved_at datetime(6),
    resolution_note varchar(2000),
    last_activity_at datetime(6) not null,
    last_follow_up_at datetime(6),
    version bigint not null,
    constraint t4j_ticket_pk primary key (id),
    constraint t4j_ticket_number_uk unique (ticket_number)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_nopad_bin;
create index t4j_ticket_status_ix on t4j_ticket (status);
-- Category filters use its first column; report periods (closed tickets by closing time) use both.
create index t4j_ticket_closed_ix on t4j_ticket (status_category, closed_at);
create index t4j_ticket_project_ix on t4j_ticket (project_id);
create index t4j_ticket_assignee_ix on t4j_ticket (assignee_id);
-- Covering the overdue count's two halves (follow-up date passed; due date passed and follow-up date not).
create index t4j_ticket_follow_up_ix on t4j_ticket (follow_up_date, status_category);
create index t4j_ticket_due_ix on t4j_ticket (due_at, follow_up_date, status_category);
create index t4j_ticket_created_ix on t4j_ticket (created_at);

create table t4j_ticket_tag (
    ticket_id varchar(36) not null,
    tag varchar(50) not null,
    constraint t4j_ticket_tag_pk primary key (ticket_id, tag),
    constraint t4j_ticket_tag_ticket_fk foreign key (ticket_id) references t4j_ticket (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_nopad_bin;
create index t4j_ticket_tag_tag_ix on t4j_ticket_tag (tag);

create table t4j_follow_up (
    id varchar(36) not null,
    ticket_id varchar(36) not null,
    seq_no integer not null,
    note text not null,
    follow_up_date date,
    author varchar(100) not null,
    created_at datetime(6) not null,
    visibility varchar(10) not null,
    constraint t4j_follow_up_pk primary key (id),
    constraint t4j_follow_up_ticket_fk foreign key (ticket_id) references t4j_ticket (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_nopad_bin;
create index t4j_follow_up_ticket_ix on t4j_follow_up (ticket_id, seq_no);

create table t4j_timeline_entry (
    id varchar(36) not null,
    ticket_id varchar(36) not null,
    seq_no integer not null,
    occurred_at datetime(6) not null,
    actor varchar(100) not null,
    action varchar(30) not null,
    from_value varchar(200),
    to_value varchar(200),
    detail mediumtext,
    constraint t4j_timeline_entry_pk primary key (id),
    constraint t4j_timeline_entry_ticket_fk foreign key (ticket_id) references t4j_ticket (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_nopad_bin;
create index t4j_timeline_ticket_ix on t4j_timeline_entry (ticket_id, seq_no);

create table t4j_number_counter (
    name varchar(40) not null,
    last_value bigint not null,
    constraint t4j_number_counter_pk primary key (name)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_nopad_bin;
insert into t4j_number_counter (name, last_value) values ('tickets', 0);

-- Tickets per status, kept by the adapter in the transaction of every insert, status change and delete, so the
-- dashboard's counts read a few rows instead of the ticket table. A status has up to 8 rows (stripes) that
-- writers pick at random, so parallel creations do not queue on one row lock; its count is the sum of its
-- stripes. The row with stripe -1 counts nothing: writers lock it to add a stripe without racing each other.
create table t4j_status_count (
    status varchar(40) not null,
    status_category varchar(20) not null,
    stripe integer not null,
    ticket_count bigint not null,
    constraint t4j_status_count_pk primary key (status, status_category, stripe)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_nopad_bin;
insert into t4j_status_count (status, status_category, stripe, ticket_count) values ('', '', -1, 0);

create sequence t4j_ticket_number_seq start with 1 increment by 1 nocache;
