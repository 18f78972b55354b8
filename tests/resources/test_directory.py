import pytest

from orientation.core.content_generation import bump_generation
from orientation.resources.models import Organisation

from .factories import OrganisationFactory, translate, verified_phone


@pytest.fixture
def directory(home_km):
    """Four organisations that differ by destination, service and language."""
    return {
        "shelter_my": OrganisationFactory(
            name="Demo shelter Malaysia",
            services=["shelter"],
            destinations=["malaysia"],
            languages=["km", "ms"],
        ),
        "legal_th": OrganisationFactory(
            name="Demo legal aid Thailand",
            kind=Organisation.Kind.LEGAL_AID,
            services=["legal-aid"],
            destinations=["thailand"],
            languages=["km", "th"],
        ),
        "hotline_all": OrganisationFactory(
            name="Demo hotline everywhere",
            kind=Organisation.Kind.HOTLINE,
            services=["hotline", "legal-aid"],
            languages=["km"],
        ),
        "draft": OrganisationFactory(name="Demo draft", live=False, services=["shelter"]),
    }


def names_in(response):
    html = response.content.decode()
    return {
        name
        for name in [
            "Demo shelter Malaysia",
            "Demo legal aid Thailand",
            "Demo hotline everywhere",
            "Demo draft",
        ]
        if name in html
    }


@pytest.mark.django_db
def test_directory_lists_live_organisations_without_filters(client, directory):
    response = client.get("/km/resources/")
    assert response.status_code == 200
    assert names_in(response) == {
        "Demo shelter Malaysia",
        "Demo legal aid Thailand",
        "Demo hotline everywhere",
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # An organisation without destinations helps workers going anywhere.
        ("destination=thailand", {"Demo legal aid Thailand", "Demo hotline everywhere"}),
        ("destination=malaysia", {"Demo shelter Malaysia", "Demo hotline everywhere"}),
        ("service=shelter", {"Demo shelter Malaysia"}),
        ("service=legal-aid", {"Demo legal aid Thailand", "Demo hotline everywhere"}),
        ("language=th", {"Demo legal aid Thailand"}),
        (
            "language=km",
            {"Demo shelter Malaysia", "Demo legal aid Thailand", "Demo hotline everywhere"},
        ),
        (
            "destination=thailand&service=legal-aid",
            {"Demo legal aid Thailand", "Demo hotline everywhere"},
        ),
        ("destination=thailand&service=shelter", set()),
        ("destination=malaysia&service=shelter&language=ms", {"Demo shelter Malaysia"}),
        ("destination=malaysia&service=legal-aid&language=km", {"Demo hotline everywhere"}),
        (
            "destination=&service=&language=",
            {"Demo shelter Malaysia", "Demo legal aid Thailand", "Demo hotline everywhere"},
        ),
    ],
)
def test_directory_filters_alone_and_combined(client, directory, query, expected):
    response = client.get(f"/en/resources/?{query}")
    assert response.status_code == 200
    assert names_in(response) == expected


@pytest.mark.django_db
def test_unknown_filter_value_is_explained_and_other_filters_still_apply(client, directory):
    response = client.get("/en/resources/?destination=atlantis&service=shelter")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="errorlist' in html
    assert names_in(response) == {"Demo shelter Malaysia"}
    # What the reader chose is kept in the form.
    assert '<option value="shelter" selected>' in html


@pytest.mark.django_db
def test_filter_form_is_a_plain_get_form(client, directory):
    html = client.get("/km/resources/").content.decode()
    assert 'method="get"' in html
    for name in ["destination", "service", "language"]:
        assert f'name="{name}"' in html
    assert "ប្រទេសថៃ" in html
    # The interface is in Khmer (the area's catalogue), with the glossary's wording.
    assert "ជំនួយ និងការគាំទ្រ" in html
    assert "ភាសាដែលនិយាយ" in html


@pytest.mark.django_db
def test_unverified_contacts_say_to_be_confirmed_and_verified_ones_show_their_source(
    client, home_km
):
    OrganisationFactory(
        name="Demo unverified",
        contacts=[
            (
                "phone",
                {"label": "", "phone": {"number": "012 345 678", "verified": False, "source": ""}},
            )
        ],
    )
    OrganisationFactory(
        name="Demo verified",
        contacts=[verified_phone("+855 23 216 532", "Press release, 2007")],
        address="Street 1",
        address_source="",
    )
    html = client.get("/en/resources/").content.decode()
    assert "012 345 678" not in html
    assert 'href="tel:+85523216532"' in html
    assert "Press release, 2007" in html
    # An address nobody has sourced is not shown as fact.
    assert "Street 1" not in html
    assert html.count("to be confirmed by editors") >= 3
    km_html = client.get("/km/resources/").content.decode()
    assert "ត្រូវបញ្ជាក់ដោយអ្នកកែសម្រួល" in km_html


@pytest.mark.django_db
def test_english_reader_sees_translation_or_khmer_record_marked_lang_km(client, home_km):
    translated = OrganisationFactory(name="អង្គការសាកល្បង ក")
    translate(translated, "en", name="Demo organisation A")
    OrganisationFactory(name="អង្គការសាកល្បង ខ")
    html = client.get("/en/resources/").content.decode()
    assert "Demo organisation A" in html
    assert "អង្គការសាកល្បង ក" not in html
    assert "អង្គការសាកល្បង ខ" in html
    assert 'lang="km"' in html


@pytest.mark.django_db
def test_directory_query_count_does_not_grow(client, home_km, django_assert_max_num_queries):
    for _n in range(3):
        OrganisationFactory(services=["shelter"], destinations=["thailand"], languages=["km"])
    client.get("/km/resources/")
    bump_generation()  # measured as after a change, like the request after the 12 below
    with django_assert_max_num_queries(20) as few:
        client.get("/km/resources/?service=shelter")
    for _n in range(12):
        OrganisationFactory(
            services=["shelter", "health"],
            destinations=["thailand", "japan"],
            languages=["km", "en"],
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/km/resources/?service=shelter")
