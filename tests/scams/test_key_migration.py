"""scams 0004 recomputes the keys stored under the register's old normaliser."""

import importlib

import pytest
from django.apps import apps

from orientation.scams.models import Agency
from orientation.scams.selectors import search_agencies
from tests.scams.factories import AgencyFactory

migration = importlib.import_module("orientation.scams.migrations.0004_recompute_normalised_keys")

COMPOSED = "ភ្នាក់ងារជោគជ័យសាកល្បង"
# What the old register rule stored: it removed invisible marks but kept េ + ា unfolded.
OLD_KEY = "demo golden star ភ្នាក់ងារជ\u17c1\u17b6គជ\u17d0យសាកល្បង"


@pytest.mark.django_db
def test_migration_recomputes_an_old_key_so_the_typed_name_finds_the_agency():
    agency = AgencyFactory(name_latin="Demo Golden Star", name_km=COMPOSED)
    Agency.objects.filter(pk=agency.pk).update(search_name=OLD_KEY)
    untouched = AgencyFactory()
    untouched_key = Agency.objects.get(pk=untouched.pk).search_name
    assert search_agencies("ជោគជ័យ").results == []

    migration.recompute_agency_keys(apps, None)

    assert Agency.objects.get(pk=agency.pk).search_name == f"demo golden star {COMPOSED}"
    assert Agency.objects.get(pk=untouched.pk).search_name == untouched_key
    assert search_agencies("ជ\u17c1\u17b6គជ\u17d0យ").results == [agency]


@pytest.mark.django_db
def test_migration_recomputes_licence_keys_in_batches(monkeypatch):
    monkeypatch.setattr(migration, "BATCH_SIZE", 2)
    agencies = [AgencyFactory(licence_number=f"\u17a3-{n}") for n in range(5)]
    for n, agency in enumerate(agencies):
        Agency.objects.filter(pk=agency.pk).update(licence_key=f"\u17a3{n}")

    migration.recompute_agency_keys(apps, None)

    keys = sorted(Agency.objects.values_list("licence_key", flat=True))
    assert keys == [f"\u17a2{n}" for n in range(5)]


@pytest.mark.django_db
def test_a_recomputed_licence_key_held_by_another_agency_keeps_the_old_one():
    first = AgencyFactory(licence_number="\u17a2-7")
    # Saved under the old rule, which kept the deprecated vowel: the new rule gives it the
    # first agency's key.
    second = AgencyFactory(licence_number="DEMO-7")
    Agency.objects.filter(pk=second.pk).update(licence_number="\u17a3-7", licence_key="\u17a37")

    migration.recompute_agency_keys(apps, None)

    assert Agency.objects.get(pk=first.pk).licence_key == "\u17a27"
    assert Agency.objects.get(pk=second.pk).licence_key == "\u17a37"
