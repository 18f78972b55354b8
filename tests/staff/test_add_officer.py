import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from tests.complaints.factories import OfficerFactory

STRONG = "kettle orbit mango 1973"
NAMES = ("--first-name", "Dara", "--last-name", "Sok")


def test_add_officer_refuses_a_weak_password(db, monkeypatch):
    monkeypatch.setenv("OFFICER_PASSWORD", "a")
    with pytest.raises(CommandError, match=r"OFFICER_PASSWORD is refused: .*(too short|ខ្លីពេក)"):
        call_command("add_officer", "dara", "dara@example.org", "--destination", "thailand", *NAMES)
    assert not get_user_model().objects.filter(username="dara").exists()


def test_add_officer_refuses_a_password_like_the_username(db, monkeypatch):
    monkeypatch.setenv("OFFICER_PASSWORD", "dara.officer")
    with pytest.raises(CommandError, match="refused"):
        call_command(
            "add_officer", "dara.officer", "d@example.org", "--destination", "thailand", *NAMES
        )


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
    officer = OfficerFactory(username="vanna", first_name="Vanna", last_name="Kim")
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


def test_add_officer_refuses_to_make_an_account_without_names(db, monkeypatch):
    monkeypatch.setenv("OFFICER_PASSWORD", STRONG)
    with pytest.raises(CommandError, match="--first-name and --last-name"):
        call_command("add_officer", "nameless", "n@example.org", "--destination", "thailand")
    assert not get_user_model().objects.filter(username="nameless").exists()


def test_add_officer_supervisor_sees_every_destination(db, monkeypatch, capsys):
    monkeypatch.setenv("OFFICER_PASSWORD", STRONG)
    call_command("add_officer", "chief", "chief@example.org", "--supervisor", *NAMES)
    chief = get_user_model().objects.get(username="chief")
    assert chief.has_perm("complaints.see_all_complaints")
    assert chief.has_perm("complaints.handle_complaints")
    assert "complaint supervisor chief for: every destination" in capsys.readouterr().out
    # Changing their destinations later keeps them a supervisor (only the admin demotes).
    call_command("add_officer", "chief", "chief@example.org", "--destination", "japan")
    chief = get_user_model().objects.get(username="chief")
    assert chief.has_perm("complaints.see_all_complaints")


def test_add_officer_without_destination_or_supervisor_is_refused(db):
    with pytest.raises(CommandError, match="at least one --destination"):
        call_command("add_officer", "x", "x@example.org", *NAMES)
