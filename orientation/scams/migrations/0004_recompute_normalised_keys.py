"""The agency register now cleans names and licence numbers with the site's one normaliser
(orientation/core/text.py): direction marks, look-alike Khmer vowels and the like are
handled as site search handles them. Keys stored before must be recomputed, or a name typed
the new way would not find an agency saved the old way.

The function is the live one, on purpose: this migration brings stored keys to the rule the
code applies, and running it again (or after a later change of the rule) only does that."""

from django.db import migrations

from orientation.scams.normalise import agency_keys

BATCH_SIZE = 500


def recompute_agency_keys(apps, schema_editor):
    Agency = apps.get_model("scams", "Agency")
    # licence_key is unique: a new key already held by another agency (two numbers that
    # differed only by a look-alike character) keeps the old one rather than fail here; the
    # admin's validation reports the clash when either agency is next saved. A key given up
    # in this run is not handed to another row, so no single UPDATE meets a transient clash.
    taken = set(Agency.objects.values_list("licence_key", flat=True))
    changed = []
    rows = Agency.objects.only(
        "pk", "name_latin", "name_km", "licence_number", "licence_key", "search_name"
    ).order_by("pk")
    for agency in rows.iterator(chunk_size=BATCH_SIZE):
        new_licence_key, new_search_name = agency_keys(
            agency.name_latin, agency.name_km, agency.licence_number
        )
        dirty = False
        if new_licence_key and new_licence_key not in taken:
            taken.add(new_licence_key)
            agency.licence_key = new_licence_key
            dirty = True
        if new_search_name != agency.search_name:
            agency.search_name = new_search_name
            dirty = True
        if not dirty:
            continue
        changed.append(agency)
        if len(changed) >= BATCH_SIZE:
            Agency.objects.bulk_update(changed, ["licence_key", "search_name"])
            changed = []
    if changed:
        Agency.objects.bulk_update(changed, ["licence_key", "search_name"])


class Migration(migrations.Migration):
    dependencies = [
        ("scams", "0003_agency_register_checked_at"),
    ]

    operations = [
        # Reversing leaves the recomputed keys: the old rule's keys cannot be told apart.
        migrations.RunPython(recompute_agency_keys, migrations.RunPython.noop),
    ]
