"""The key-rotation guard as production runs it: a real gunicorn on production settings
refuses to start with a retired first key, and starts with the current one."""

import json
import urllib.request

import pytest
from cryptography.fernet import Fernet

from bench.stack import Gunicorn, manage


@pytest.mark.slow
def test_gunicorn_refuses_a_retired_first_key_and_serves_with_the_current_one(
    tmp_path, sqlite_stack_sites
):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    env = sqlite_stack_sites.new_site(tmp_path, demo=False, DATA_ENCRYPTION_KEYS=f"{new},{old}")
    retired = manage(env, "reencrypt_complaints", "--retire-old")
    assert "1 old key(s) as retired" in retired.stdout

    stale = {**env, "DATA_ENCRYPTION_KEYS": f"{old},{new}"}
    check = manage(stale, "check", "--database", "default", check=False)
    assert check.returncode != 0 and "complaints.E001" in check.stderr
    with pytest.raises(RuntimeError) as refused, Gunicorn(stale, workers=1):
        pass
    assert "RetiredKeyError" in str(refused.value)

    current = {**env, "DATA_ENCRYPTION_KEYS": new}
    with (
        Gunicorn(current, workers=1) as server,
        urllib.request.urlopen(server.url + "/healthz") as response,
    ):
        assert json.loads(response.read())["encryption"] == "ok"
