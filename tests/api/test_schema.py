"""The partners' OpenAPI document (/api/v2/schema/) is valid OpenAPI 3.1, lists exactly what
the code accepts, describes the real answers, and the examples in docs/partners.md agree."""

import itertools
import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.urls import URLPattern, URLResolver
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry
from referencing.jsonschema import DRAFT202012
from rest_framework.request import Request

from portal.api import ENDPOINTS, api_router
from portal.api_schema import openapi_document
from tests.scams.factories import AgencyFactory

PARTNERS_GUIDE = Path(settings.BASE_DIR) / "docs" / "partners.md"


@pytest.fixture
def document(partner_content):
    AgencyFactory(name_latin="Demo Agency", licence_number="DEMO-0001")
    return openapi_document()


def response_schema(document, path, status="200"):
    operation = document["paths"][path]["get"]
    return operation["responses"][status]["content"]["application/json"]["schema"]


def assert_valid(document, path, answer, status="200"):
    schema = response_schema(document, path, status)
    # Wrap so that "#/components/..." resolves inside the document.
    wrapped = {**document, "$ref": "#/__answer__", "__answer__": schema}
    registry = Registry().with_resource("urn:doc", DRAFT202012.create_resource(wrapped))
    validator = Draft202012Validator({"$ref": "urn:doc#/__answer__"}, registry=registry)
    errors = sorted(validator.iter_errors(answer), key=lambda error: list(error.path))
    assert not errors, [f"{list(error.path)}: {error.message}" for error in errors[:5]]


def openapi_route(route):
    """A Django route ("^alerts/(?P<pk>\\d+)/$", "<slug:slug>/") in OpenAPI's spelling. The
    name of a path variable is not part of the contract (only its place): each is {id}."""
    route = route.replace("^", "").replace("$", "")
    route = re.sub(r"\(\?P<\w+>[^)]*\)", "{id}", route)
    return re.sub(r"<(?:\w+:)?\w+>", "{id}", route)


def router_paths(resolver=None, prefix=""):
    """Every path the API router serves, as the document writes it ("/alerts/{id}/")."""
    found = set()
    patterns = resolver.url_patterns if resolver else api_router.urls[0]
    for pattern in patterns:
        route = prefix + openapi_route(str(pattern.pattern))
        if isinstance(pattern, URLResolver):
            found |= router_paths(pattern, route)
        elif isinstance(pattern, URLPattern):
            found.add("/" + route)
    return found


@pytest.mark.django_db
def test_the_document_is_valid_openapi_3_1(document):
    validate(document)
    assert document["openapi"].startswith("3.1")
    assert document["servers"] == [{"url": "http://testserver/api/v2"}]


@pytest.mark.django_db
def test_every_path_the_router_serves_is_in_the_document_and_no_other(document):
    assert router_paths() == set(document["paths"])
    assert {path.split("/")[1] for path in document["paths"]} == set(ENDPOINTS)


def accepted_by_code(endpoint, action):
    """The query parameters the endpoint's validation lets through, as a partner meets it."""
    view = endpoint()
    view.action = action
    view.request = Request(RequestFactory().get("/"))
    view.kwargs = {}
    return view.allowed_query_parameters()


def documented(document, path):
    return {parameter["name"] for parameter in document["paths"][path]["get"]["parameters"]}


@pytest.mark.django_db
@pytest.mark.parametrize("name", [name for name in ENDPOINTS if name != "statistics"])
def test_the_document_lists_exactly_the_parameters_the_code_accepts(document, name):
    endpoint = ENDPOINTS[name]
    assert documented(document, f"/{name}/") == accepted_by_code(endpoint, "listing_view")
    in_detail = documented(document, f"/{name}/{{id}}/") - {"id"}
    assert in_detail == accepted_by_code(endpoint, "detail_view")
    assert documented(document, f"/{name}/find/") == accepted_by_code(endpoint, "find_view")


def a_valid_value(parameter, page_id):
    schema = parameter["schema"]
    if "example" in parameter:
        return parameter["example"]
    if "enum" in schema:
        return schema["enum"][0]
    if parameter["name"] in {"limit", "offset"}:
        return 1
    if "oneOf" in schema or schema.get("type") == "integer":
        return page_id
    if schema.get("format") == "date-time":
        return "2026-01-01T00:00:00Z"
    return "demo"


@pytest.mark.django_db
def test_each_documented_parameter_is_answered_and_an_undocumented_one_refused(
    client, document, partner_content
):
    page_id = partner_content["guide"].pk
    for path in document["paths"]:
        if "{id}" in path or path.endswith("/find/"):
            continue
        for parameter in document["paths"][path]["get"]["parameters"]:
            value = a_valid_value(parameter, page_id)
            response = client.get(f"/api/v2{path}", {parameter["name"]: value})
            assert response.status_code == 200, (path, parameter["name"], value, response.content)
        refused = client.get(f"/api/v2{path}", {"colour": "blue"})
        assert refused.status_code == 400
        assert_valid(document, path, refused.json(), "400")


@pytest.mark.django_db
def test_every_real_answer_matches_the_document(client, document):
    for path in document["paths"]:
        if "{id}" in path or path.endswith("/find/"):
            continue
        for query in ({}, {"fields": "*"}):
            listing = client.get(f"/api/v2{path}", query)
            assert listing.status_code == 200
            assert_valid(document, path, listing.json())
            assert listing.json()["items"], f"{path} answered no items to check"
        first = listing.json()["items"][0]["id"]
        detail = client.get(f"/api/v2{path}{first}/")
        assert detail.status_code == 200
        assert_valid(document, f"{path}{{id}}/", detail.json())
        missing = client.get(f"/api/v2{path}{'nowhere' if path == '/statistics/' else 999999}/")
        assert missing.status_code == 404
    searched = client.get("/api/v2/agencies/", {"search": "Demo Agenci"})
    assert_valid(document, "/agencies/", searched.json())


@pytest.mark.django_db
def test_the_schema_and_its_page_are_served_with_the_same_operations(client, partner_content):
    response = client.get("/api/v2/schema/", HTTP_ORIGIN="https://ngo.example")
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    served = response.json()
    validate(served)
    page = client.get("/api/v2/docs/")
    assert page.status_code == 200
    html = page.content.decode()
    for path, methods in served["paths"].items():
        assert f"GET {path}" in html
        for parameter in methods["get"]["parameters"]:
            assert f"<code>{parameter['name']}</code>" in html, (path, parameter["name"])
    assert "<script" not in html
    assert not re.search(r'(src|href)="https?://(?!testserver)', html)


def examples_in_the_guide():
    """Each `GET /api/v2/...` block of docs/partners.md with the ```json block after it."""
    text = PARTNERS_GUIDE.read_text()
    blocks = re.findall(r"```(\w*)\n(.*?)```", text, flags=re.DOTALL)
    pairs = []
    for (kind, body), (next_kind, next_body) in itertools.pairwise(blocks):
        request = body.strip()
        if kind == "" and request.startswith("GET /api/v2/") and next_kind == "json":
            pairs.append((request, next_body))
    return pairs


@pytest.mark.django_db
def test_the_examples_in_the_partners_guide_match_the_document(document):
    examples = examples_in_the_guide()
    assert len(examples) >= 3
    for request, body in examples:
        path = request.split()[1].split("?")[0][len("/api/v2") :]
        path = re.sub(r"/\d+/$", "/{id}/", path)
        assert path in document["paths"], request
        assert_valid(document, path, json.loads(body))


@pytest.mark.django_db
def test_a_filter_with_nothing_to_choose_from_still_gives_a_valid_document(home_km):
    from orientation.resources.models import Service

    Service.objects.all().delete()
    document = openapi_document()
    validate(document)
    service = next(
        parameter
        for parameter in document["paths"]["/resources/"]["get"]["parameters"]
        if parameter["name"] == "service"
    )
    assert "enum" not in service["schema"] and "No value is available yet" in service["description"]
