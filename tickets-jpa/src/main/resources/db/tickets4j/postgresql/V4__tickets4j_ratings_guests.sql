--liquibase formatted sql
--changeset tickets4j:4
-- Tickets4j 0.2 ratings and guest passes for PostgreSQL 12+. Flyway: location classpath:db/tickets4j/postgresql.
-- Liquibase: include this file after V3 as formatted SQL. Runs in one transaction (PostgreSQL's DDL is
-- transactional). Adds columns and a table only: existing tickets stay unrated, nothing is rewritten.

-- The rating of a ticket's current resolution; all four are null until it is rated, and a reopening clears them.
alter table t4j_ticket add column rating_score smallint;
alter table t4j_ticket add column rating_comment varchar(2000);
alter table t4j_ticket add column rated_at timestamp(6) with time zone;
alter table t4j_ticket add column rated_by varchar(100);
alter table t4j_ticket add constraint t4j_ticket_rating_ck check (rating_score between 1 and 5);
-- Satisfaction reports filter a tenant's tickets by rating time.
create index t4j_ticket_rated_ix on t4j_ticket (tenant_id, rated_at);
-- Every read of a customer's user is confined to their customer's tickets.
create index t4j_ticket_customer_ix on t4j_ticket (tenant_id, customer_id);

-- A guest's access to one ticket: only the SHA-256 hash of its token is stored. No foreign key to the ticket: a
-- deleted ticket's passes are removed with GuestPasses.deleteOfTicket, in the transaction that deletes the ticket.
create table t4j_guest_pass (
    tenant_id varchar(100) not null,
    id varchar(36) not null,
    ticket_id varchar(36) not null,
    token_hash varchar(64) not null,
    issued_at timestamp(6) with time zone not null,
    issued_by varchar(100) not null,
    expires_at timestamp(6) with time zone,
    revoked_at timestamp(6) with time zone,
    constraint t4j_guest_pass_pk primary key (tenant_id, id),
    constraint t4j_guest_pass_token_uk unique (tenant_id, token_hash)
);
create index t4j_guest_pass_ticket_ix on t4j_guest_pass (tenant_id, ticket_id);
