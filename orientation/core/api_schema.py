"""The pieces of the partners' OpenAPI 3.1 document (served at /api/v2/schema/), built from
what each endpoint already declares, so the document cannot drift from the code:

- the parameters an endpoint accepts come from its own declarations (`known_query_parameters`,
  `filter_parameters`) and the allowed values from the same records its validation reads
  (destinations, services, locales...); each endpoint adds a description per filter
  (`openapi_filters`);
- an item's fields come from its `body_fields` and `meta_fields`, typed from the model's
  fields, or from the endpoint's `openapi_fields` for computed ones.

tests/api/test_schema.py checks the document with an OpenAPI validator, that every parameter
the code accepts is in it (and each one listed is accepted), and that the real answers of
every endpoint validate against it.

Why not drf-spectacular: Wagtail's API v2 builds each answer's serializer per request from
`?fields=` and its own router, so a generator that reads DRF serializers sees no fields."""

from django.db import models
from wagtail.api import APIField
from wagtail.models import Locale

from .api import MAX_LIMIT, MAX_OFFSET
from .links import public_host

OPENAPI_VERSION = "3.1.0"
ERROR_REF = {"$ref": "#/components/schemas/Error"}
ERROR_SCHEMA = {
    "type": "object",
    "description": "Every error under /api/ (400, 404, 405): what went wrong, in English.",
    "properties": {"message": {"type": "string"}},
    "required": ["message"],
    "additionalProperties": False,
}


def parameter(name, description, schema=None, location="query", required=False, example=None):
    """An OpenAPI parameter object."""
    found = {
        "name": name,
        "in": location,
        "description": description,
        "required": required or location == "path",
        "schema": schema or {"type": "string"},
    }
    if example is not None:
        found["example"] = example
    return found


def choice(name, description, values, example=None):
    """A parameter whose value must be one of `values` (a 400 otherwise)."""
    values = sorted(values)
    if not values:
        # Nothing to choose from yet (a new site with no services, say): any value is a 400.
        return parameter(name, description + " (No value is available yet.)")
    return parameter(
        name, description, {"type": "string", "enum": values}, example=example or values[0]
    )


def locale_codes():
    return sorted(Locale.objects.values_list("language_code", flat=True))


def locale_parameter():
    return choice(
        "locale", "Keep only records in this language (a 400 for an unknown one).", locale_codes()
    )


# The parameters every listing shares, by name (an endpoint lists those it accepts).
def common_parameters():
    return {
        "limit": parameter(
            "limit",
            f"How many items (0 to {MAX_LIMIT}; 20 when not given).",
            {"type": "integer", "minimum": 0, "maximum": MAX_LIMIT, "default": 20},
        ),
        "offset": parameter(
            "offset",
            f"How many items to skip (0 to {MAX_OFFSET}).",
            {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET, "default": 0},
        ),
        "fields": parameter(
            "fields",
            "Comma-separated fields to add to the defaults; `*` every field, `_` none but the "
            "id, `-name` removes one. An unknown field is a 400.",
            example="*",
        ),
        "format": choice("format", "Only `json` (the default).", ["json"]),
        "_": parameter("_", "Ignored: a cache buster some clients add."),
        "locale": locale_parameter(),
    }


def detail_parameters():
    shared = common_parameters()
    rich_text = choice(
        "rich_text_format", "`html` (default) or Wagtail's `raw` rich text.", ["html", "raw"]
    )
    return [shared["fields"], shared["format"], shared["_"], rich_text]


def errors(*statuses):
    """The error answers of an operation (always JSON, always `message`)."""
    meanings = {
        "400": "A parameter that is unknown, given twice, or has a value outside its range.",
        "404": "No such record (or no such path under /api/).",
        "405": "Only GET, HEAD and OPTIONS are answered.",
    }
    return {
        status: {
            "description": meanings[status],
            "content": {"application/json": {"schema": ERROR_REF}},
        }
        for status in statuses
    }


def ok(description, schema):
    return {
        "200": {"description": description, "content": {"application/json": {"schema": schema}}}
    }


def listing_schema(item_ref, extra_properties=None):
    properties = {
        "meta": {
            "type": "object",
            "properties": {"total_count": {"type": "integer", "minimum": 0}},
            "required": ["total_count"],
        },
        "items": {"type": "array", "items": item_ref},
        **(extra_properties or {}),
    }
    return {
        "type": "object",
        "properties": properties,
        "required": ["meta", "items"],
        "additionalProperties": False,
    }


# --- item fields --------------------------------------------------------------------------


def nullable(schema, null):
    if not null:
        return schema
    kind = schema.get("type")
    return {**schema, "type": [kind, "null"]} if isinstance(kind, str) else schema


def model_field_schema(field):
    """The JSON Schema of a model field as Wagtail's API writes it."""
    if isinstance(field, models.BooleanField):
        schema = {"type": "boolean"}
    elif isinstance(field, models.AutoField | models.IntegerField):
        schema = {"type": "integer"}
    elif isinstance(field, models.DateTimeField):
        schema = {"type": "string", "format": "date-time"}
    elif isinstance(field, models.DateField):
        schema = {"type": "string", "format": "date"}
    elif isinstance(field, models.UUIDField):
        schema = {"type": "string", "format": "uuid"}
    else:
        schema = {"type": "string"}
    if field.choices:
        schema["enum"] = [value for value, _label in field.flatchoices]
    if field.verbose_name and str(field.verbose_name) != field.name.replace("_", " "):
        schema["description"] = str(field.verbose_name)
    return nullable(schema, field.null)


def field_name(field):
    return field.name if isinstance(field, APIField) else field


def fields_schema(model, names, declared):
    """Properties for the named fields: declared ones as given, the rest from the model."""
    properties = {}
    for name in map(field_name, names):
        if name in declared:
            properties[name] = declared[name]
        else:
            properties[name] = model_field_schema(model._meta.get_field(name))
    return properties


URL = {"type": "string", "format": "uri"}
SLUGS = {"type": "array", "items": {"type": "string"}}
META_FIELD_SCHEMAS = {
    "type": {"type": "string", "description": "app_label.Model of the record"},
    "detail_url": {**URL, "description": "this record in the API"},
    "html_url": {**nullable(URL, True), "description": "the page on the public site"},
    "locale": {"type": "string", "description": "language code of the record"},
    "translation_key": {
        "type": "string",
        "format": "uuid",
        "description": "shared by the same record in every language",
    },
}


def record_schema(endpoint, declared=None):
    """An item of a record endpoint: `id`, its `meta`, its body fields; no other property."""
    declared = {**(declared or {})}
    body = [name for name in map(field_name, endpoint.body_fields) if name != "id"]
    meta_names = [field_name(name) for name in endpoint.meta_fields]
    meta = {name: declared.pop(name, META_FIELD_SCHEMAS.get(name)) for name in meta_names}
    return {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "meta": {"type": "object", "properties": meta, "additionalProperties": False},
            **fields_schema(endpoint.model, body, declared),
        },
        "required": ["id"],
        "additionalProperties": False,
    }


def record_paths(name, endpoint, item_ref, filters, summary, listing_extra=None):
    """The listing, detail and find operations of one Wagtail API endpoint."""
    shared = common_parameters()
    accepted = sorted(set(endpoint.known_query_parameters) & set(shared))
    listing_parameters = [shared[key] for key in accepted]
    listing_parameters += [filters[key] for key in sorted(filters)]
    tag = [name]
    return {
        f"/{name}/": {
            "get": {
                "operationId": f"list_{name}",
                "summary": summary,
                "tags": tag,
                "parameters": listing_parameters,
                "responses": {
                    **ok("A page of the listing.", listing_schema(item_ref, listing_extra)),
                    **errors("400", "405"),
                },
            }
        },
        f"/{name}/{{id}}/": {
            "get": {
                "operationId": f"get_{singular(name)}",
                "summary": f"One record of /{name}/ with every field.",
                "tags": tag,
                "parameters": [
                    parameter("id", "The record's id.", {"type": "integer"}, location="path"),
                    *detail_parameters(),
                ],
                "responses": {**ok("The record.", item_ref), **errors("400", "404", "405")},
            }
        },
        f"/{name}/find/": {
            "get": {
                "operationId": f"find_{name}",
                "summary": "Redirects (302) to the detail of the record found, else a 404.",
                "tags": tag,
                "parameters": find_parameters(endpoint),
                "responses": {
                    "302": {"description": "Found: `Location` is its detail URL."},
                    **errors("400", "404", "405"),
                },
            }
        },
    }


FIND_PARAMETERS = {
    "id": lambda: parameter("id", "The record's id.", {"type": "integer"}),
    "html_path": lambda: parameter(
        "html_path", "A page's path on the site, e.g. /en/destinations/thailand/.", example="/km/"
    ),
}


def singular(name):
    if name.endswith("ies"):
        return name[:-3] + "y"
    return name.removesuffix("s")


def find_parameters(endpoint):
    """What a find view accepts (StrictPartnerAPIMixin.allowed_query_parameters)."""
    shared = common_parameters()
    return [shared["format"], shared["_"]] + [
        FIND_PARAMETERS[name]() for name in sorted(endpoint.find_query_parameters)
    ]


# --- the pages endpoint (Wagtail's, owned by core) -------------------------------------------


def page_types():
    """Every page type a partner may ask for with ?type=, and the fields it publishes."""
    from wagtail.models import get_page_models

    return {
        model._meta.label: [field_name(field) for field in getattr(model, "api_fields", [])]
        for model in get_page_models()
        if not model._meta.abstract
    }


def page_filters():
    types = page_types()
    type_list = "; ".join(
        f"{label} ({', '.join(fields)})" if fields else label for label, fields in types.items()
    )
    integer = {"type": "integer", "minimum": 1}
    id_or_root = {"oneOf": [integer, {"const": "root"}]}
    return {
        "type": choice(
            "type",
            "Only pages of this type; with it, ?fields= may name the type's own fields: "
            + type_list,
            list(types),
            example="destinations.DestinationGuidePage",
        ),
        "order": parameter(
            "order",
            "Sort by a field (`title`, `-first_published_at`...) or `random`.",
            example="title",
        ),
        "search": parameter("search", "Words to search for in the pages' text."),
        "search_operator": choice(
            "search_operator", "How the search words combine.", ["and", "or"]
        ),
        "child_of": parameter("child_of", "Children of this page id (or `root`).", id_or_root),
        "descendant_of": parameter(
            "descendant_of", "Pages under this page id (or `root`).", id_or_root
        ),
        "ancestor_of": parameter("ancestor_of", "Pages above this page id.", integer),
        "translation_of": parameter(
            "translation_of",
            "The same page in other languages (with ?locale=, in that one).",
            id_or_root,
        ),
        "site": parameter(
            "site", "Only pages of the site with this hostname.", example=public_host()
        ),
        "rich_text_format": detail_parameters()[-1],
        "id": parameter("id", "Filter: the page with this id.", integer),
        "title": parameter("title", "Filter: pages with exactly this title."),
        "slug": parameter("slug", "Filter: pages with this slug.", example="thailand"),
        "seo_title": parameter("seo_title", "Filter: pages with exactly this SEO title."),
        "search_description": parameter(
            "search_description", "Filter: pages with exactly this description."
        ),
        "show_in_menus": choice(
            "show_in_menus", "Filter: pages shown in menus or not.", ["true", "false"]
        ),
        "first_published_at": parameter(
            "first_published_at",
            "Filter: pages first published at this moment.",
            {"type": "string", "format": "date-time"},
        ),
        "alias_of": parameter("alias_of", "Filter: aliases of this page id.", integer),
    }


def page_item_schema():
    nested_page = {
        "type": ["object", "null"],
        "properties": {
            "id": {"type": "integer"},
            "meta": {"type": "object"},
            "title": {"type": "string"},
        },
    }
    meta = {
        "type": "object",
        "properties": {
            "type": META_FIELD_SCHEMAS["type"],
            "detail_url": META_FIELD_SCHEMAS["detail_url"],
            "html_url": META_FIELD_SCHEMAS["html_url"],
            "slug": {"type": "string"},
            "show_in_menus": {"type": "boolean"},
            "seo_title": {"type": "string"},
            "search_description": {"type": "string"},
            "first_published_at": {"type": ["string", "null"], "format": "date-time"},
            "alias_of": {
                **nested_page,
                "description": "the page this one copies until it is translated",
            },
            "parent": nested_page,
            "locale": META_FIELD_SCHEMAS["locale"],
        },
        "additionalProperties": False,
    }
    return {
        "type": "object",
        "description": "A page; a page type adds its own fields (see ?type=).",
        "properties": {"id": {"type": "integer"}, "meta": meta, "title": {"type": "string"}},
        "required": ["id"],
    }
