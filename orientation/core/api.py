"""The shared base of every partner endpoint under /api/v2/ (Wagtail API v2), and the pages
endpoint.

Partners' bots call these URLs with whatever they build; a typo must give them a 400 with a
JSON message they can read, never a 500. Wagtail already answers 400 for many mistakes; the
mixin closes the gaps (unknown locale answered 404, huge integers that overflow the
database, malformed dates, parameters on detail views, renderer formats), bounds limit and
offset, and sets the cache headers. CORS is django-cors-headers' job (^/api/ in settings).
"""

import logging

from django.core.exceptions import FieldError, ValidationError
from django.db import DataError
from django.http import Http404
from django.utils.cache import patch_cache_control
from rest_framework import status
from rest_framework.fields import Field, SkipField
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from wagtail.api import APIField
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.serializers import (
    BaseSerializer,
    DetailUrlField,
    PageAliasOfField,
    PageParentField,
    PageSerializer,
    get_serializer_class,
)
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Locale

from orientation.core.links import page_public_url, public_url
from orientation.core.public_version import as_readers_see

logger = logging.getLogger(__name__)

MAX_LIMIT = 50
MAX_OFFSET = 100_000
# Integers beyond this overflow SQLite and PostgreSQL bigint columns (a 500 otherwise).
MAX_INTEGER = 2**53
MAX_PARAMETER_LENGTH = 500
INTEGER_PARAMETERS = frozenset(
    {"limit", "offset", "id", "child_of", "ancestor_of", "descendant_of", "translation_of"}
)
# Parameters that may also take the word "root" instead of an id (Wagtail's own rule).
ROOT_ALIASES = frozenset({"child_of", "descendant_of", "translation_of"})
CACHE_SECONDS = 300
ERROR_CACHE_SECONDS = 60


class BoundedPagination(WagtailPagination):
    """Wagtail's pagination with our ceiling instead of the WAGTAILAPI_LIMIT_MAX setting
    (limit and offset were validated by the mixin before we get here)."""

    default_limit = 20

    def paginate_queryset(self, queryset, request, view=None):
        offset = int(request.GET.get("offset", 0))
        limit = int(request.GET.get("limit", self.default_limit))
        self.view = view
        self.total_count = queryset.count()
        return queryset[offset : offset + limit]


class PublicDetailUrlField(DetailUrlField):
    """meta.detail_url on the configured public host (orientation/core/links.py), whatever
    Host the partner's request came with."""

    def get_attribute(self, instance):
        path = self.context["router"].get_object_detail_urlpath(type(instance), instance.pk)
        if not path:
            raise SkipField
        return public_url(path)


class PublicPageUrlField(Field):
    """meta.html_url: the page on the public site."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        return page_public_url(page, self.context.get("request"))


class PublicUrlField(Field):
    """A site path (e.g. a record's get_url) given to partners as an absolute public URL."""

    def to_representation(self, value):
        return public_url(value) if value else None


def related_page(field, page):
    """A page nested in another's meta (parent, alias_of) as Wagtail shows it, with our
    public URLs (Wagtail's own nesting would use the Site's root_url)."""
    serializer_class = get_serializer_class(
        type(page),
        ["id", "type", "detail_url", "html_url", "title"],
        meta_fields=["type", "detail_url", "html_url"],
        base=PublicPageSerializer,
    )
    return serializer_class(context=field.context).to_representation(page)


class PublicPageParentField(PageParentField):
    def to_representation(self, value):
        return related_page(self, value)


class PublicPageAliasOfField(PageAliasOfField):
    def to_representation(self, value):
        return related_page(self, value)


class PublicRecordSerializer(BaseSerializer):
    """Every absolute URL a partner gets is on the configured public host."""

    detail_url = PublicDetailUrlField(read_only=True)


class PublicPageSerializer(PageSerializer):
    detail_url = PublicDetailUrlField(read_only=True)
    html_url = PublicPageUrlField(read_only=True)
    parent = PublicPageParentField(read_only=True)
    alias_of = PublicPageAliasOfField(read_only=True)


def bad_request(message):
    return BadRequestError(message)


class StrictPartnerAPIMixin:
    """Put first in the bases of every endpoint: `class X(StrictPartnerAPIMixin, BaseAPIViewSet)`.

    Subclasses add their own filters to `known_query_parameters` and may override
    `validate_filters(request)` to check their values (raise BadRequestError)."""

    renderer_classes = [JSONRenderer]
    pagination_class = BoundedPagination
    base_serializer_class = PublicRecordSerializer
    cache_seconds = CACHE_SECONDS

    def initial(self, request, *args, **kwargs):
        # Before DRF's content negotiation, which answers an unknown ?format= with a 404.
        self.validate_query_parameters(request)
        super().initial(request, *args, **kwargs)

    # --- validation ---------------------------------------------------------------------

    def allowed_query_parameters(self):
        if self.action == "listing_view":
            model = self.get_queryset().model
            fields = self.get_available_fields(model, db_fields_only=True)
            return set(fields) | set(self.known_query_parameters)
        if self.action == "find_view":
            # Only what finds a record: a filter or a page size would be silently ignored.
            return set(self.find_query_parameters) | {"format", "_"}
        # Detail views: only the parameters that shape the answer.
        return {"fields", "rich_text_format", "format", "_"}

    def validate_query_parameters(self, request):
        query = request.GET
        unknown = set(query.keys()) - self.allowed_query_parameters()
        if unknown:
            names = ", ".join(sorted(unknown))
            raise bad_request(f"query parameter is not an operation or a recognised field: {names}")
        for name, values in query.lists():
            if len(values) > 1:
                raise bad_request(f"{name}: give this parameter once")
            value = values[0]
            if len(value) > MAX_PARAMETER_LENGTH:
                raise bad_request(f"{name}: value longer than {MAX_PARAMETER_LENGTH} characters")
            # NUL characters were answered with a 400 before we got here
            # (portal.query_parameters, the one rule for every view).
            if name in INTEGER_PARAMETERS and not (name in ROOT_ALIASES and value == "root"):
                self.validate_integer(name, value)
        if "limit" in query and int(query["limit"]) > MAX_LIMIT:
            raise bad_request(f"limit cannot be higher than {MAX_LIMIT}")
        if "offset" in query and int(query["offset"]) > MAX_OFFSET:
            raise bad_request(f"offset cannot be higher than {MAX_OFFSET}")
        if query.get("format", "json") != "json":
            raise bad_request("format: only 'json' is available")
        if "locale" in query:
            self.validate_locale(query["locale"])
        self.validate_filters(request)

    @staticmethod
    def validate_integer(name, value):
        if not value.isascii() or not value.isdigit():
            raise bad_request(f"{name} must be a positive integer")
        if int(value) > MAX_INTEGER:
            raise bad_request(f"{name} is too large")

    @staticmethod
    def validate_locale(code):
        codes = list(
            Locale.objects.order_by("language_code").values_list("language_code", flat=True)
        )
        if code not in codes:
            raise bad_request(f"unknown locale '{code}'; available: {', '.join(codes)}")

    def validate_filters(self, request):
        """Area endpoints check the values of their own filters here."""

    # --- answers ------------------------------------------------------------------------

    def handle_exception(self, exc):
        if isinstance(exc, Http404):
            if self.action == "listing_view":
                # A listing always exists: a 404 there comes from a filter naming something
                # unknown (e.g. ?site=), which is the caller's input.
                return Response(
                    {"message": f"invalid query: {exc}"}, status=status.HTTP_400_BAD_REQUEST
                )
            return Response({"message": str(exc) or "not found"}, status=status.HTTP_404_NOT_FOUND)
        if isinstance(exc, BadRequestError):
            return Response({"message": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        if isinstance(exc, ValidationError | FieldError | DataError | ValueError | OverflowError):
            # A value the database could not take (a malformed date, an out-of-range number):
            # the partner's input, not our fault, so a 400 that says which request failed.
            logger.info("API request rejected: %s %r", self.request.get_full_path(), exc)
            message = "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
            return Response(
                {"message": f"invalid query: {message}"}, status=status.HTTP_400_BAD_REQUEST
            )
        return super().handle_exception(exc)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == 200:
            patch_cache_control(response, public=True, max_age=self.cache_seconds)
        else:
            patch_cache_control(response, public=True, max_age=ERROR_CACHE_SECONDS)
        # A 404 stays this JSON 404: LanguagePrefixLocaleMiddleware (portal/middleware.py)
        # never redirects /api/ paths to a language prefix.
        return response


def locale_from_query(request):
    """The Locale named by ?locale= (already validated), or None."""
    code = request.GET.get("locale")
    if not code:
        return None
    return Locale.objects.get(language_code=code)


class PartnerPagesAPIViewSet(StrictPartnerAPIMixin, PagesAPIViewSet):
    """Every live, public page of every locale (`?locale=km`). Page types publish their
    fields with `api_fields` (e.g. a destination guide's sections); `?type=app.Model&fields=*`
    returns them. Private and unpublished pages never appear (Wagtail's public queryset)."""

    name = "pages"
    base_serializer_class = PublicPageSerializer

    def get_queryset(self):
        # Every listed page shows its locale: one join instead of a query per page.
        return super().get_queryset().select_related("locale")

    # A translation in progress shows its source's text, a published one never its draft
    # (orientation/core/public_version.py), as on the site.
    def paginate_queryset(self, queryset):
        return as_readers_see(super().paginate_queryset(queryset))

    def get_object(self):
        return as_readers_see([super().get_object()])[0]


class RelatedSlugsField(Field):
    """A many-to-many relation as a list of stable identifiers (slugs or codes), read from
    the prefetched rows so a listing costs no query per item."""

    def __init__(self, *args, attribute="slug", **kwargs):
        self.attribute = attribute
        super().__init__(*args, **kwargs)

    def to_representation(self, manager):
        return [getattr(item, self.attribute) for item in manager.all()]


class LocaleCodeField(Field):
    def get_attribute(self, instance):
        return instance

    def to_representation(self, instance):
        return instance.locale.language_code


# The meta of a translatable record: which language it is in and how to find its siblings.
TRANSLATABLE_META_FIELDS = [
    "type",
    "detail_url",
    APIField("locale", serializer=LocaleCodeField()),
    "translation_key",
]
# The first fields of a listing of translatable records (each endpoint adds its own after).
TRANSLATABLE_LISTING_FIELDS = ["id", "type", "detail_url", "locale", "translation_key"]


def choices_by(objects, key="slug"):
    """The choices of a filter over records: each object by its key (for choice_from_query)."""
    return {getattr(item, key): item for item in objects}


def value_choices(values):
    """The choices of a filter over a field's fixed values (model choices)."""
    return {value: value for value in values}


class RecordAPIMixin(StrictPartnerAPIMixin):
    """For endpoints over snippets (not pages): only the declared filters are accepted, not
    Wagtail's filter-by-any-field, so the answer's shape is a documented contract."""

    record_query_parameters = frozenset({"limit", "offset", "fields", "format", "_", "locale"})
    filter_parameters = frozenset()
    filter_backends = []

    def __init_subclass__(cls, **kwargs):
        # A class attribute, as Wagtail's own endpoints have it (the OpenAPI document reads it).
        super().__init_subclass__(**kwargs)
        cls.known_query_parameters = cls.record_query_parameters | cls.filter_parameters

    def allowed_query_parameters(self):
        if self.action == "listing_view":
            return set(self.known_query_parameters)
        return super().allowed_query_parameters()

    def check_query_parameters(self, queryset):
        """Already done, more strictly, by validate_query_parameters."""

    @staticmethod
    def choice_from_query(request, name, choices):
        """The value of ?name= when it is one of choices (a dict value -> object)."""
        value = request.GET.get(name)
        if value in (None, ""):
            return None
        if value not in choices:
            raise bad_request(f"unknown {name} '{value}'; available: {', '.join(sorted(choices))}")
        return choices[value]
