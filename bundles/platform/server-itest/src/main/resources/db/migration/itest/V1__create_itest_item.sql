create table itest_item (
    id uuid primary key,
    name varchar(100) not null unique,
    created_at timestamp(6) with time zone not null,
    version bigint not null
);
