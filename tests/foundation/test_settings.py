from django.conf import settings


def test_khmer_is_default_and_all_content_locales_configured():
    assert settings.LANGUAGE_CODE == "km"
    assert [code for code, _ in settings.WAGTAIL_CONTENT_LANGUAGES] == [
        "km",
        "en",
        "th",
        "ko",
        "ms",
        "ja",
        "zh-hant",
        "ar",
    ]
    assert settings.WAGTAIL_I18N_ENABLED


def test_wagtail_localize_locales_replaces_wagtail_locales():
    assert "wagtail_localize.locales" in settings.INSTALLED_APPS
    assert "wagtail.locales" not in settings.INSTALLED_APPS


def test_sqlite_is_tuned_for_concurrent_writers():
    from portal.settings.base import sqlite_database

    config = sqlite_database("/tmp/x.sqlite3")
    assert config["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in config["OPTIONS"]["init_command"]
    assert config["OPTIONS"]["timeout"] >= 10


def test_database_url_selects_postgres(monkeypatch):
    from portal.settings.base import database_from_environment

    monkeypatch.setenv("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal")
    config = database_from_environment("/tmp/unused.sqlite3")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert config["NAME"] == "portal"
