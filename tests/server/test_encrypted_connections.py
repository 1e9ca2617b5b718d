"""Logging in over TLS: sslmode require, verify-ca and verify-full against a server with a certificate."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import pwd
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from assetmap.register import logins, roles
from assetmap.register.logins import LoginError, ServerLogin
from tests.pgcluster import Cluster
from tests.server.team import PASSWORD, Team, build_team


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _cert(
    subject: str,
    key: ec.EllipticCurvePrivateKey,
    issuer: x509.Name | None,
    signer: ec.EllipticCurvePrivateKey,
    *,
    ca: bool,
    ip: str | None = None,
) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)])
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(issuer or name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if ip:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(ip))]), False
        )
    return builder.sign(signer, hashes.SHA256())


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


@pytest.fixture(scope="module")
def tls(pg_cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """The test server with TLS switched on (a certificate for 127.0.0.1 signed by a root of our own),
    and switched off again afterwards."""
    if pg_cluster.folder is None:
        pytest.fail("TLS is tested on the throwaway server only (ASSETMAP_TEST_POSTGRES_URL names another)")
    folder = pg_cluster.folder / "tls"
    folder.mkdir(exist_ok=True)
    root_key, server_key, other_key = _key(), _key(), _key()
    root = _cert("AssetMap test root", root_key, None, root_key, ca=True)
    server = _cert(pg_cluster.host, server_key, root.subject, root_key, ca=False, ip=pg_cluster.host)
    other_root = _cert("Someone else's root", other_key, None, other_key, ca=True)
    (folder / "server.crt").write_bytes(_pem(server))
    (folder / "server.key").write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    (folder / "server.key").chmod(0o600)
    if pg_cluster._account is not None:
        account = pwd.getpwnam(pg_cluster._account)
        for path in (folder, folder / "server.crt", folder / "server.key"):
            os.chown(path, account.pw_uid, account.pw_gid)
    here = tmp_path_factory.mktemp("certificates")
    (here / "root.crt").write_bytes(_pem(root))
    (here / "other.crt").write_bytes(_pem(other_root))
    pg_cluster.run_sql(f"ALTER SYSTEM SET ssl_cert_file = '{folder / 'server.crt'}'")
    pg_cluster.run_sql(f"ALTER SYSTEM SET ssl_key_file = '{folder / 'server.key'}'")
    pg_cluster.run_sql("ALTER SYSTEM SET ssl = on")
    pg_cluster.run_sql("SELECT pg_reload_conf()")
    try:
        yield {"root": here / "root.crt", "other": here / "other.crt"}
    finally:
        pg_cluster.run_sql("ALTER SYSTEM RESET ssl")
        pg_cluster.run_sql("ALTER SYSTEM RESET ssl_cert_file")
        pg_cluster.run_sql("ALTER SYSTEM RESET ssl_key_file")
        pg_cluster.run_sql("SELECT pg_reload_conf()")


@pytest.fixture(scope="module")
def team(pg_cluster: Cluster, tls: dict[str, Path]) -> Iterator[tuple[Team, dict[str, str]]]:
    database = pg_cluster.new_database("tls")
    try:
        yield build_team(pg_cluster, database)
    finally:
        pg_cluster.drop_database(database)
        for name in ("cora", "alice", "bob", "val"):
            pg_cluster.run_sql(f'DROP ROLE IF EXISTS "{database}_{name}"')
        for role in roles.ROLES:
            pg_cluster.run_sql(f'DROP ROLE IF EXISTS "{database}_{role}"')


def _login(team: Team, user: str, sslmode: str, root: Path | None = None) -> ServerLogin:
    return ServerLogin(
        team.cluster.host, team.database, user, team.cluster.port, sslmode, str(root) if root else None
    )


@pytest.mark.parametrize("sslmode", ["require", "verify-ca", "verify-full"])
def test_a_login_over_tls_works_with_the_servers_root_certificate(
    team: tuple[Team, dict[str, str]], tls: dict[str, Path], sslmode: str
) -> None:
    register, named = team
    login = _login(register, named["alice"], sslmode, tls["root"] if sslmode != "require" else None)
    assert logins.try_login(login, PASSWORD) == "worker"
    import psycopg

    with psycopg.connect(**login.conninfo(PASSWORD)) as conn:  # type: ignore[arg-type]
        row = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone()
    assert row == (True,)


def test_a_register_opens_over_tls_with_its_url(
    team: tuple[Team, dict[str, str]], tls: dict[str, Path]
) -> None:
    from assetmap.register import Register

    register, named = team
    login = _login(register, named["val"], "verify-full", tls["root"])
    with Register.open(login.url(PASSWORD)) as opened:
        assert opened.role == "viewer"
        assert {a.id for a in opened.assets()} == {"alice-public"}


def test_a_server_certificate_another_root_signed_is_refused_plainly(
    team: tuple[Team, dict[str, str]], tls: dict[str, Path]
) -> None:
    register, named = team
    with pytest.raises(LoginError) as refused:
        logins.try_login(_login(register, named["alice"], "verify-full", tls["other"]), PASSWORD)
    assert refused.value.kind == LoginError.ENCRYPTION
    assert "root certificate" in str(refused.value)
