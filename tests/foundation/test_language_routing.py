import pytest
from django.conf import settings

from orientation.core.languages import NATIVE_NAMES, text_direction

LANGUAGE_CODES = [code for code, _ in settings.LANGUAGES]


@pytest.mark.django_db
class TestRootRedirect:
    def test_default_is_khmer(self, client, home_km):
        response = client.get("/")
        assert response.status_code == 302
        assert response["Location"] == "/km/"

    def test_accept_language_is_followed(self, client, home_km):
        response = client.get("/", headers={"accept-language": "en-GB,en;q=0.8"})
        assert response["Location"] == "/en/"

    def test_unsupported_accept_language_falls_back_to_khmer(self, client, home_km):
        response = client.get("/", headers={"accept-language": "fr-FR"})
        assert response["Location"] == "/km/"

    def test_cookie_wins_over_accept_language(self, client, home_km):
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"
        response = client.get("/", headers={"accept-language": "en"})
        assert response["Location"] == "/ar/"


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_locale_home_answers_with_lang_and_dir(client, home_km, synced_trees, code):
    synced_trees()
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    html = response.content.decode()
    expected_lang = "zh-Hant" if code == "zh-hant" else code
    assert f'<html lang="{expected_lang}" dir="{text_direction(code)}">' in html


@pytest.mark.django_db
def test_arabic_is_right_to_left(client, home_km, synced_trees):
    synced_trees()
    assert 'dir="rtl"' in client.get("/ar/").content.decode()


@pytest.mark.django_db
def test_untranslated_page_shows_notice_in_source_language(client, home_km, synced_trees):
    synced_trees()
    html = client.get("/th/").content.decode()
    # The notice is in the reader's language (Thai has its own interface, issue 18).
    assert 'หน้านี้ยังไม่ได้แปลเป็นไทย จึงแสดงเป็น<span lang="km" dir="ltr">ខ្មែរ</span>' in html
    # The Khmer text shown under the Thai URL is marked as Khmer for screen readers and fonts.
    assert '<div class="page-content" lang="km" dir="ltr">' in html
    assert home_km.title in html


@pytest.mark.django_db
def test_translated_page_has_no_notice(client, home_km):
    html = client.get("/en/").content.decode()
    assert "not yet translated" not in html
    assert "Safe work abroad" in html


@pytest.mark.django_db
def test_language_switcher_uses_native_names_and_links_same_page(client, home_km, synced_trees):
    synced_trees()
    html = client.get("/km/").content.decode()
    for code, name in NATIVE_NAMES.items():
        assert name in html
        assert f'data-language="{code}"' in html
    assert 'href="/en/" lang="en" hreflang="en"' in html


@pytest.mark.django_db
def test_hreflang_alternates_list_real_translations(client, home_km, synced_trees):
    synced_trees()
    html = client.get("/km/").content.decode()
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/km/">' in html
    # Aliases are not translations: search engines should not index them as such.
    assert 'hreflang="th" href="http://testserver/th/">' not in html.split("</head>")[0]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("code", "expected"),
    [("km", "រកមិនឃើញទំព័រនេះទេ"), ("en", "We could not find this page")],
)
def test_404_in_visitors_language(client, home_km, code, expected):
    response = client.get(f"/{code}/no-such-page/")
    assert response.status_code == 404
    assert expected in response.content.decode()
    assert f'lang="{code}"' in response.content.decode()


@pytest.mark.django_db
def test_404_lists_the_nine_guides(client, home_km):
    html = client.get("/en/no-such-page/").content.decode()
    assert "/en/destinations/thailand/" in html
    assert "/en/destinations/qatar/" in html


def test_interface_strings_are_in_the_readers_language_or_english_never_khmer():
    from django.utils import translation

    from orientation.core.languages import INTERFACE_LANGUAGES

    with translation.override("th"):
        assert translation.gettext("Report a problem") == "แจ้งปัญหา"
    with translation.override("km"):
        assert translation.gettext("Report a problem") == "ដាក់បណ្តឹង"
    for code, _name in settings.LANGUAGES:
        if code not in INTERFACE_LANGUAGES:
            with translation.override(code):
                assert translation.gettext("Report a problem") == "Report a problem", code


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/api/v2/no-such-endpoint/", "/static/no-such-file.css"])
def test_machine_paths_get_a_404_not_a_language_redirect(client, home_km, path):
    assert client.get(path).status_code == 404


@pytest.mark.django_db
def test_unprefixed_page_path_still_redirects_to_a_language(client, home_km):
    response = client.get("/destinations/")
    assert response.status_code == 302
    assert response["Location"] == "/km/destinations/"


@pytest.mark.django_db
def test_language_links_are_looked_up_once_per_page(
    rf, home_km, synced_trees, django_assert_num_queries
):
    from portal.templatetags.portal_tags import language_links

    synced_trees()
    context = {"request": rf.get("/km/"), "page": home_km}
    first = language_links(context)
    assert [link["code"] for link in first][:2] == ["km", "en"]
    # The <head> and the switcher both call it: the second call costs no query.
    with django_assert_num_queries(0):
        assert language_links(context) == first
