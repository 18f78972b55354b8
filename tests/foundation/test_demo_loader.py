"""The demo content files (demo/*.yaml) and the loader that reads them."""

import copy

import pytest

from orientation.core.demo_loader import LANGUAGES, DemoContentError, Entry, demo_dir, load

AREAS = sorted(path.stem for path in demo_dir().glob("*.yaml"))


def texts_in(value, path=""):
    """Every {km, en} text of a demo file, with where it is."""
    if isinstance(value, dict):
        if "km" in value:  # (a mapping keyed by language codes has no Khmer key)
            yield path, value
            return
        for key, item in value.items():
            yield from texts_in(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from texts_in(item, f"{path}[{index}]")


def test_there_is_a_data_file_for_every_area_the_command_builds():
    from home.management.commands.load_demo_content import AREAS as BUILT

    assert {module.CONTENT for module in BUILT} == set(AREAS)


@pytest.mark.parametrize("area", AREAS)
def test_every_text_is_given_in_khmer_and_english(area):
    for path, text in texts_in(load(area).data):
        assert set(text) == set(LANGUAGES), f"{area}{path}"
        assert all(isinstance(text[language], str) for language in LANGUAGES), f"{area}{path}"
        # A text left empty in one language only would show a blank to those readers.
        assert bool(text["km"].strip()) == bool(text["en"].strip()), f"{area}{path}"


def write(tmp_path, settings, text):
    (tmp_path / "demo").mkdir()
    (tmp_path / "demo" / "sample.yaml").write_text(text, encoding="utf-8")
    settings.BASE_DIR = tmp_path
    return load("sample")


def test_a_text_missing_its_english_is_reported_with_file_and_key(tmp_path, settings):
    content = write(tmp_path, settings, "warnings:\n- title: {km: ចំណងជើង}\n")
    [warning] = content.entries("warnings")
    with pytest.raises(DemoContentError) as error:
        warning.text("title", "en")
    assert str(error.value) == 'demo/sample.yaml: warnings[0].title: missing "en"'


def test_a_missing_key_is_reported_with_file_and_key_not_a_key_error(tmp_path, settings):
    content = write(tmp_path, settings, "index:\n  title: {km: ក, en: A}\n")
    with pytest.raises(DemoContentError) as error:
        content["index"]["intro"]
    assert str(error.value) == "demo/sample.yaml: index.intro: missing"


def test_a_language_other_than_khmer_and_english_is_refused(tmp_path, settings):
    content = write(tmp_path, settings, "title: {km: ក, en: A, th: ก}\n")
    with pytest.raises(DemoContentError, match=r"title: unexpected keys \['th'\]"):
        content.text("title")


def test_broken_yaml_names_the_file(tmp_path, settings):
    with pytest.raises(DemoContentError, match=r"sample\.yaml: not valid YAML"):
        write(tmp_path, settings, "title: [unclosed\n")


def test_texts_keep_khmer_and_english_whatever_order_they_are_written_in(tmp_path, settings):
    content = write(tmp_path, settings, "title: {en: Hello, km: ជំរាបសួរ}\n")
    assert content.both("title") == ("ជំរាបសួរ", "Hello")


@pytest.mark.django_db
def test_a_guide_block_with_an_unknown_placeholder_is_reported():
    from orientation.destinations import demo
    from orientation.destinations.models import Destination

    data = copy.deepcopy(load("destinations").data)
    data["guide"]["body"][0]["heading"] = {"km": "{nmae}", "en": "{nmae}"}
    content = Entry(data, "demo/destinations.yaml", "")
    with pytest.raises(DemoContentError, match=r"guide\.body\[0\]: unknown placeholder \{nmae\}"):
        demo.guide_body(Destination.objects.get(slug="japan"), "en", content)


@pytest.mark.django_db
def test_blocks_apply_only_where_the_data_file_says():
    from orientation.destinations import demo
    from orientation.destinations.models import Destination

    def fact_texts(slug):
        body = demo.guide_body_en(Destination.objects.get(slug=slug))
        return [block["value"]["text"] for block in body if block["type"] == "sourced_fact"]

    korea, thailand, qatar = fact_texts("south-korea"), fact_texts("thailand"), fact_texts("qatar")
    assert any("Employment Permit System" in text for text in korea)
    assert not any("Employment Permit System" in text for text in thailand)
    assert any("CENTRAL" in text for text in thailand)
    assert not any("CENTRAL" in text for text in korea)
    # No worker count in the sources for Qatar, so its guide has none.
    assert any("Around 1,262,175" in text for text in thailand)
    assert not any(text.startswith("Around") for text in qatar)


@pytest.mark.django_db
def test_a_guide_block_depending_on_an_unknown_fact_is_reported():
    from orientation.destinations import demo
    from orientation.destinations.models import Destination

    data = copy.deepcopy(load("destinations").data)
    data["guide"]["body"][0]["if"] = "worker_cuont"
    content = Entry(data, "demo/destinations.yaml", "")
    with pytest.raises(DemoContentError, match=r"guide\.body\[0\]\.if: not one of"):
        demo.guide_body(Destination.objects.get(slug="japan"), "en", content)
