-- The RSA keys that sign access tokens. The newest signs; every key not yet retired is published
-- in the JWKS. The private key is encrypted with AES-256-GCM under the key-encryption key
-- (ONEDOOR_KEY_ENCRYPTION_KEY): 12-byte IV followed by ciphertext and tag, the key id as
-- associated data. A retired key loses its private part.

create table signing_key (
    kid           varchar(64)  primary key,
    public_jwk    text         not null,
    private_key   bytea,
    created_at    timestamptz  not null,
    -- When a newer key took over signing; its tokens expire within the token lifetime after this.
    superseded_at timestamptz,
    retired_at    timestamptz
);

create index signing_key_published on signing_key (created_at desc) where retired_at is null;
