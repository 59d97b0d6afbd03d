-- A host application's own first migration, in its own location and Flyway's default history table.
create table host_note (
    id integer not null,
    note varchar(100) not null,
    primary key (id)
);
insert into host_note (id, note) values (1, 'the host was here');
