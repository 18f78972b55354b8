import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from tests.complaints.factories import OfficerFactory

STRONG = "kettle orbit mango 1973"


def test_add_officer_refuses_a_weak_password(db, monkeypatch):
    monkeypatch.setenv("OFFICER_PASSWORD", "a")
    with pytest.raises(CommandError, match=r"OFFICER_PASSWORD is refused: .*too short"):
        call_command("add_officer", "dara", "dara@example.org", "--destination", "thailand")
    assert not get_user_model().objects.filter(username="dara").exists()


def test_add_officer_refuses_a_password_like_the_username(db, monkeypatch):
    monkeypatch.setenv("OFFICER_PASSWORD", "dara.officer")
    with pytest.raises(CommandError, match="refused"):
        call_command("add_officer", "dara.officer", "d@example.org", "--destination", "thailand")


def test_add_officer_creates_with_a_good_password_and_names(db, monkeypatch, capsys):
    monkeypatch.setenv("OFFICER_PASSWORD", STRONG)
    call_command(
        "add_officer",
        "dara",
        "dara@example.org",
        "--destination",
        "thailand",
        "--first-name",
        "Dara",
        "--last-name",
        "Sok",
    )
    user = get_user_model().objects.get(username="dara")
    assert user.check_password(STRONG)
    assert (user.first_name, user.last_name) == ("Dara", "Sok")


def test_add_officer_never_overwrites_an_existing_password_unless_asked(db, monkeypatch, capsys):
    officer = OfficerFactory(username="vanna")
    monkeypatch.setenv("OFFICER_PASSWORD", STRONG)
    call_command("add_officer", "vanna", "vanna@example.org", "--destination", "japan")
    officer.refresh_from_db()
    assert officer.check_password("correct horse battery staple")
    assert "Password unchanged" in capsys.readouterr().out
    call_command(
        "add_officer", "vanna", "vanna@example.org", "--destination", "japan", "--reset-password"
    )
    officer.refresh_from_db()
    assert officer.check_password(STRONG)
