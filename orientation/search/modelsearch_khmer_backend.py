"""Wagtail's database search backend, taught to read Khmer.

WAGTAILSEARCH_BACKENDS points here. Like ``wagtail.search.backends.database`` it picks the
SQLite (FTS5) or PostgreSQL (tsvector) backend from the database vendor, with two changes:

- index side: every value an object gives the index goes through ``segment_for_index``
  (``ObjectIndexer.prepare_value`` is the one place modelsearch turns field values into
  text, for title, body, autocomplete and the fuzzy-search copies alike);
- vocabulary: the words of every indexed value are stored (``recording_vocabulary``), so
  that site search can read romanized and misspelt words (``query_reading``);
- query side: a query string is normalised, cut into words the same way and turned into a
  query tree where each Khmer word is "the word OR its clusters in a row" (see
  ``segmentation``), with every term quoted by modelsearch; punctuation and operator syntax
  never reach FTS5 or tsquery. ``search()`` and ``autocomplete()`` (the admin's listings
  and choosers) build the same tree; autocomplete matches each word as a prefix, in the
  index's autocomplete column.
- ``fields=``: upstream would search the model's live columns (PostgreSQL: unsegmented
  text; SQLite: FTS5 columns named after model fields, which do not exist). Here a
  requested field must be declared in the model's ``search_fields`` and the search runs on
  the segmented index entry; what a listing can find is what the model declares.

Relevance-ordered searches also avoid upstream's slow plans: on SQLite a correlated score
subquery (one FTS5 MATCH per candidate row), on PostgreSQL a match on ``title || body``
that no index serves; both took seconds per query over a few thousand pages.

This module is a workaround for gaps in Wagtail/modelsearch (no hook for a tokenizer or a
text analyser in the database backends; slow relevance ordering). modelsearch builds its
ObjectIndexer inside ``add_items`` from a module-level name, so ``indexing_with`` runs
upstream's own ``add_items`` code with that one name bound to the segmenting indexer
(nothing of upstream's is copied). It refuses to start if an upgrade stops using that name,
and ``tests/search`` checks that indexed text is segmented on both databases.
Delete this module when modelsearch offers an analyser hook.
"""

import operator
import types
from functools import cache, reduce

from django.core.exceptions import ImproperlyConfigured
from django.db import connection, transaction
from django.db.models import Q
from modelsearch.backends.base import EmptySearchResults, SearchFieldError
from modelsearch.conf import get_app_config
from modelsearch.query import And, MatchAll, Not, Or, Phrase, PlainText
from modelsearch.utils import get_descendants_content_types_pks

from orientation.search.segmentation import (
    in_run_phrase,
    is_khmer,
    khmer_clusters,
    query_terms,
    segment_for_index,
)

IndexEntry = get_app_config().get_model("IndexEntry", require_ready=False)
TITLE_WEIGHT = 4.0
# PostgreSQL's random_page_cost for a ranked search (its default, 4, is for spinning disks).
# With the default, a match of a third of the index was planned as a scan of every row,
# which checks each row's vector (~150 ms over 5,000 pages), instead of reading the rows the
# GIN indexes name (~8 ms). 1.1 is the usual value for SSDs and a table held in memory; set
# for the search's transaction only (set_config's is_local, as SET LOCAL), whatever the
# server's setting; a search inside a longer transaction leaves it set until that ends.
INDEX_PAGE_COST = 1.1


def khmer_aware_query(query_string, operator="and"):
    """A modelsearch query tree for a visitor's text, or None when it holds no word."""
    terms = query_terms(query_string)
    if not terms:
        return None
    parts = [term_query(term) for term in terms]
    if len(parts) == 1:
        return parts[0]
    return Or(parts) if (operator or "and").lower() == "or" else And(parts)


def term_query(term):
    """One query word: a Khmer word matches as itself or as its clusters in a row (see
    ``segmentation``), any other word as itself."""
    clusters = khmer_clusters(term) if is_khmer(term) else ()
    if len(clusters) > 1:
        return Or([PlainText(term), Phrase(in_run_phrase(clusters))])
    return PlainText(term)


def has_negation(query):
    """True for queries upstream's SQLite compiler must handle (NOT, match-all)."""
    if isinstance(query, (Not, MatchAll)) or type(query).__name__ == "AndNot":
        return True
    return any(has_negation(subquery) for subquery in getattr(query, "subqueries", ()))


def has_phrase(query):
    return isinstance(query, Phrase) or any(
        has_phrase(subquery) for subquery in getattr(query, "subqueries", ())
    )


def phrases_as_words(query):
    """``query`` with each phrase read as "all of its words", in any order: a GIN index
    answers that from the index alone, where a phrase makes PostgreSQL read and check every
    candidate row's vector (``RankedPostgresMixin.ranked_ids`` checks the order afterwards,
    on the rows it keeps)."""
    if isinstance(query, Phrase):
        return PlainText(query.query_string, operator="and")
    if isinstance(query, (And, Or)):
        return type(query)([phrases_as_words(subquery) for subquery in query.subqueries])
    return query


class SegmentingIndexerMixin:
    def prepare_value(self, value):
        from orientation.search import vocabulary

        prepared = super().prepare_value(value)
        vocabulary.collect(prepared, self.obj)
        return segment_for_index(prepared)


def recording_vocabulary(add_items):
    """``add_items`` storing the words it indexes in the search vocabulary (the words that
    romanized and misspelt queries are read against, ``orientation.search.vocabulary``)."""

    def add_items_and_words(self, model, objs):
        from orientation.search.vocabulary import recording_words

        objs = list(objs)
        with recording_words(model, objs):
            return add_items(self, model, objs)

    add_items_and_words.__qualname__ = add_items.__qualname__
    add_items_and_words.__wrapped__ = add_items
    return add_items_and_words


def global_names(code):
    """The global names a code object reads, its nested comprehensions' included."""
    names = set(code.co_names)
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            names |= global_names(constant)
    return names


def indexing_with(add_items, indexer_class):
    """Upstream's ``add_items`` function, run with the module-level name ``ObjectIndexer`` it
    builds its indexers from bound to ``indexer_class``.

    The function keeps upstream's code object (an upgrade brings its changes along); only the
    global namespace it reads names from differs, a copy of its module's with one entry
    replaced."""
    if "ObjectIndexer" not in global_names(add_items.__code__):
        raise ImproperlyConfigured(
            f"{add_items.__qualname__} no longer builds its indexers from ObjectIndexer: "
            "the Khmer search backend cannot segment the index (see its module docstring)."
        )
    namespace = {**add_items.__globals__, "ObjectIndexer": indexer_class}
    rebound = types.FunctionType(
        add_items.__code__,
        namespace,
        add_items.__name__,
        add_items.__defaults__,
        add_items.__closure__,
    )
    rebound.__qualname__ = add_items.__qualname__
    rebound.__doc__ = add_items.__doc__
    return rebound


def check_declared_fields(model, fields):
    """Raise SearchFieldError for a requested field the model's index does not hold."""
    if not fields or not hasattr(model, "get_search_fields"):
        return
    declared = {field.field_name for field in model.get_search_fields()}
    for field_name in fields:
        if field_name not in declared:
            raise SearchFieldError(
                f'Cannot search with field "{field_name}": add it to '
                f"{model.__name__}.search_fields (index.SearchField or index.AutocompleteField).",
                field_name=field_name,
            )


class QuerysetInSQLMixin:
    def check(self):
        """Accept any filter and ordering on the searched queryset.

        The database backends run the queryset itself in SQL (``queryset.filter(pk__in=...)``
        keeps its filters and order), so any column can filter or order a search. Upstream's
        check demands FilterField declarations, a rule for Elasticsearch: here it turned the
        admin's column sorting and list filters, combined with a search, into errors.
        Requested ``fields`` are checked in ``KhmerAwareSearchMixin._search``.
        """


def distinct_objects(ranked):
    """``ranked`` rows (content type id, object id, score) without repeats of an object,
    each kept at its best place."""
    seen = {}
    for content_type_id, object_id, score in ranked:
        seen.setdefault((content_type_id, object_id), score)
    return [(*key, score) for key, score in seen.items()]


class RankedObjectsMixin:
    def objects_in_order(self, ranked, score_field=None):
        """The queryset's objects for ``ranked`` [(content type id, object id, score)], in
        that order."""
        found = {
            str(obj.pk): obj
            for obj in self.queryset.filter(pk__in=[object_id for _, object_id, _ in ranked])
        }
        results = []
        for _content_type_id, object_id, score in ranked:
            obj = found.get(object_id)
            if obj is not None:
                if score_field:
                    setattr(obj, score_field, score)
                results.append(obj)
        return results


class RankedResultsMixin:
    """Search results read through the compiler's ranked query (RankedObjectsMixin), or
    upstream's own reading where the compiler has none for this query."""

    def _do_search(self):
        results = self.query_compiler.ranked_results(
            self.query_compiler.get_config(self.backend),
            self.start,
            self.stop,
            score_field=self._score_field,
        )
        return super()._do_search() if results is None else results


class KhmerAwareSearchMixin:
    def object_ids_matching(self, model, object_ids, query):
        """Which of ``object_ids`` (primary keys as strings) of ``model`` match ``query`` (a
        query tree): how many of a query's words a page holds, without ranking or loading
        it (site search ranks pages by that, ``orientation.search.selectors``)."""
        compiler = self.query_compiler_class(model.objects.all(), query)
        return compiler.matching_object_ids(object_ids, compiler.get_config(self))

    def ranked_object_ids(self, limited_querysets, query):
        """{model: [object ids as strings]} of the objects of each (queryset, limit) that
        match ``query`` (a query tree), most relevant first, at most ``limit`` each. Site
        search reads the few columns it needs itself instead of loading every candidate as a
        model instance; on SQLite the index is matched once for all the querysets."""
        compiler = self.query_compiler_class(limited_querysets[0][0], query)
        ranked = compiler.ranked_ids_per_queryset(compiler.get_config(self), limited_querysets)
        return {
            queryset.model: [object_id for _, object_id, _ in rows]
            for (queryset, _limit), rows in zip(limited_querysets, ranked, strict=True)
        }

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        if isinstance(query, str):
            # The same tree for search and autocomplete: the autocomplete compilers read each
            # single-word PlainText as a prefix (their LAST_TERM_IS_PREFIX).
            query = khmer_aware_query(query, kwargs.get("operator"))
            if query is None:
                return EmptySearchResults()
        model = getattr(model_or_queryset, "model", model_or_queryset)
        check_declared_fields(model, kwargs.get("fields"))
        # The segmented index entry is searched, never the model's live columns.
        kwargs["fields"] = None
        return super()._search(query_compiler_class, query, model_or_queryset, **kwargs)


@cache
def sqlite_backend_class():
    from modelsearch.backends.database.sqlite import query as sqlite_query
    from modelsearch.backends.database.sqlite import sqlite as upstream

    class KhmerSQLiteObjectIndexer(SegmentingIndexerMixin, upstream.ObjectIndexer):
        pass

    class KhmerSQLiteIndex(upstream.SQLiteIndex):
        add_items = recording_vocabulary(
            indexing_with(upstream.SQLiteIndex.add_items, KhmerSQLiteObjectIndexer)
        )

    class WeightedBM25(sqlite_query.BM25):
        """bm25() with the FTS5 columns (autocomplete, body, title) weighted. Upstream
        multiplies by a title-length norm that favours short titles whether or not they hold
        the word."""

        def __init__(self, weights):
            super().__init__()
            self.weights = weights

        def as_sql(self, compiler, connection, function=None, template=None):
            table = upstream.SQLiteFTSIndexEntry._meta.db_table
            weights = ", ".join(str(float(weight)) for weight in self.weights)
            return f"bm25({table}, {weights})", []

    class RankedSQLiteMixin(RankedObjectsMixin, QuerysetInSQLMixin):
        # Column weights in the FTS5 table's order: autocomplete, body, title.
        COLUMN_WEIGHTS = (0.0, 1.0, TITLE_WEIGHT)

        def _build_rank_expression(self, vectors, config):
            return WeightedBM25(self.COLUMN_WEIGHTS)

        def ranked_results(self, config, start, stop, score_field=None):
            """Relevance-ordered results in three flat queries, or None to use upstream's.

            Upstream orders by a correlated subquery that runs the FTS5 MATCH again for every
            candidate row (seconds on a few thousand pages). Here: one MATCH ranked by bm25,
            one uncorrelated MATCH to apply the queryset's filters, then the objects of the
            requested slice only.
            """
            if not self.order_by_relevance or has_negation(sqlite_query.normalize(self.query)):
                return None
            return self.objects_in_order(self.ranked_ids(config, start, stop), score_field)

        def ranked_ids(self, config, start, stop):
            """[(content type id, object id, score)], most relevant first, for the slice
            requested."""
            limit = None if stop is None else stop
            return self.ranked_ids_per_queryset(config, [(self.queryset, limit)])[0][start:stop]

        def ranked_ids_per_queryset(self, config, limited_querysets):
            """For each (queryset, limit): [(content type id, object id, score)] of its
            matching objects, most relevant first. The MATCH and its bm25 scores are computed
            once (a materialized common table) whatever the number of querysets: on a large
            site most of a search's time is that match. Each queryset's filters are a
            subquery, so that SQLite ranks and cuts each list itself (the text object_id
            meets the integer pk by SQLite's numeric affinity)."""
            query = sqlite_query.normalize(self.query)
            rank = self._build_rank_expression(self.get_search_vectors(), config)
            matched_sql, params = (
                self.matching_entries(query, config)
                .annotate(score=rank)
                .values_list("index_entry_id", "score")
                .query.sql_with_params()
            )
            entries = IndexEntry._meta.db_table
            selects = []
            params = list(params)
            for position, (queryset, limit) in enumerate(limited_querysets):
                content_types = ", ".join(
                    str(int(pk)) for pk in get_descendants_content_types_pks(queryset.model)
                )
                allowed_sql, allowed_params = queryset.values("pk").query.sql_with_params()
                params.extend(allowed_params)
                # Only integers and Django's own SQL are written in; the visitor's words
                # are in ``params``.
                selects.append(
                    f"SELECT * FROM (SELECT {position}, e.content_type_id, e.object_id, "  # noqa: S608
                    f"m.score FROM matched m JOIN {entries} e ON e.id = m.entry_id "
                    f"WHERE e.content_type_id IN ({content_types}) "
                    f"AND e.object_id IN ({allowed_sql}) ORDER BY m.score"
                    + ("" if limit is None else f" LIMIT {int(limit)}")
                    + ")"
                )
            sql = (
                f"WITH matched(entry_id, score) AS MATERIALIZED ({matched_sql}) "
                + " UNION ALL ".join(selects)
            )
            rows = [[] for _ in limited_querysets]
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                for position, *row in cursor.fetchall():
                    rows[position].append(tuple(row))
            return [distinct_objects(found) for found in rows]

        def matching_entries(self, query, config):
            match = sqlite_query.MatchExpression(
                self.FTS_TABLE_FIELDS, self.build_search_query(query, config=config)
            )
            return upstream.SQLiteFTSIndexEntry.objects.filter(match)

        def matching_object_ids(self, object_ids, config):
            """Which of ``object_ids`` (strings) match the query: one MATCH on the index,
            no ranking, no objects loaded."""
            return set(
                self.matching_entries(sqlite_query.normalize(self.query), config)
                .filter(
                    index_entry__content_type__in=get_descendants_content_types_pks(
                        self.queryset.model
                    ),
                    index_entry__object_id__in=object_ids,
                )
                .values_list("index_entry__object_id", flat=True)
            )

    class KhmerSQLiteSearchQueryCompiler(RankedSQLiteMixin, upstream.SQLiteSearchQueryCompiler):
        pass

    class KhmerSQLiteAutocompleteQueryCompiler(
        RankedSQLiteMixin, upstream.SQLiteAutocompleteQueryCompiler
    ):
        COLUMN_WEIGHTS = (1.0, 0.0, 0.0)

    class KhmerSQLiteSearchResults(RankedResultsMixin, upstream.SQLiteSearchResults):
        pass

    class KhmerSQLiteSearchBackend(KhmerAwareSearchMixin, upstream.SQLiteSearchBackend):
        index_class = KhmerSQLiteIndex
        query_compiler_class = KhmerSQLiteSearchQueryCompiler
        autocomplete_query_compiler_class = KhmerSQLiteAutocompleteQueryCompiler
        results_class = KhmerSQLiteSearchResults

    return KhmerSQLiteSearchBackend


@cache
def postgres_backend_class():
    from django.contrib.postgres.search import SearchQuery, SearchRank
    from django.db.models import F, TextField
    from django.db.models.functions import Cast
    from modelsearch.backends.database.postgres import postgres as upstream

    class TsqueryLiteral(SearchQuery):
        """A tsquery given in PostgreSQL's own text form (``tsquery_constant``): a constant
        for the planner, parsed once per query."""

        def __init__(self, text):
            super().__init__(text, search_type="raw")
            self.text = text

        def as_sql(self, compiler, connection, function=None, template=None):
            return "%s::tsquery", [self.text]

    class KhmerPostgresObjectIndexer(SegmentingIndexerMixin, upstream.ObjectIndexer):
        pass

    class KhmerPostgresIndex(upstream.PostgresIndex):
        add_items = recording_vocabulary(
            indexing_with(upstream.PostgresIndex.add_items, KhmerPostgresObjectIndexer)
        )

    class RankedPostgresMixin(RankedObjectsMixin, QuerysetInSQLMixin):
        # The index columns matched, with their weight in the rank.
        COLUMN_WEIGHTS = {"title": TITLE_WEIGHT, "body": 1.0}

        def ranked_results(self, config, start, stop, score_field=None):
            """Relevance-ordered results from one ranked query on the index table, or None
            to use upstream's.

            Upstream matches ``title || body`` joined to every row of the queryset: the
            concatenation cannot use the GIN indexes, so every entry is read and ranked
            (a second per query over 5,000 pages). Here ``title @@ q OR body @@ q`` uses
            both GIN indexes, and only the requested slice's objects are loaded.
            """
            if (
                not self.order_by_relevance
                or has_negation(self.query)
                or not isinstance(self.query, (And, Or, Phrase, PlainText))
            ):
                return None
            return self.objects_in_order(self.ranked_ids(config, start, stop), score_field)

        def ranked_ids_per_queryset(self, config, limited_querysets):
            """For each (queryset, limit): [(content type id, object id, score)] of its
            matching objects, most relevant first (a query each, in one transaction:
            PostgreSQL finds the matching entries through the GIN indexes)."""
            with transaction.atomic(savepoint=False):
                self.prepare_transaction(config)
                return [
                    self.ranked_rows(config, limit, queryset)
                    for queryset, limit in limited_querysets
                ]

        def ranked_ids(self, config, start, stop):
            """[(content type id, object id, score)], most relevant first, for the slice
            requested."""
            with transaction.atomic(savepoint=False):
                self.prepare_transaction(config)
                return self.ranked_rows(config, stop, self.queryset)[start:stop]

        def prepare_transaction(self, config):
            """The query's constants (``tsquery_constants``) and the planner's page cost for
            this transaction (``INDEX_PAGE_COST``), in one statement. Needs a transaction
            (``SET LOCAL`` lasts until its end)."""
            queries = [phrases_as_words(self.query)]
            if has_phrase(self.query):
                queries.append(self.query)
            self.tsquery_constants(queries, config, set_page_cost=True)

        def ranked_rows(self, config, stop, queryset):
            """[(content type id, object id, score)] of ``queryset``'s matching objects,
            most relevant first, at most ``stop``, in a transaction ``prepare_transaction``
            prepared.

            The rows are found and ranked with each phrase read as "all of its words"
            (``phrases_as_words``): the GIN indexes alone answer that, where a phrase made
            PostgreSQL read and check the vectors of every candidate (most of a search's
            time over a few thousand pages, for the Khmer words' cluster phrases). The rank
            is the same (``ts_rank`` does not weigh word order). The order of a phrase's
            words is then checked on the rows kept only (``in_phrase_order``).
            """
            allowed_ids = queryset.annotate(
                _search_object_id=Cast("pk", output_field=TextField())
            ).values("_search_object_id")
            loose_query = self.tsquery_constant(phrases_as_words(self.query), config)
            ranks = [
                SearchRank(F(column), loose_query, weights=self.sql_weights) * weight
                for column, weight in self.COLUMN_WEIGHTS.items()
            ]
            matches = [Q(**{column: loose_query}) for column in self.COLUMN_WEIGHTS]
            ranked = list(
                IndexEntry.objects.filter(
                    content_type_id__in=get_descendants_content_types_pks(queryset.model),
                    object_id__in=allowed_ids,
                )
                .filter(reduce(operator.or_, matches))
                .annotate(score=reduce(operator.add, ranks))
                .order_by("-score", "object_id")
                .values_list("pk", "content_type_id", "object_id", "score")[:stop]
            )
            if has_phrase(self.query):
                ranked = self.in_phrase_order(ranked, config)
            return [row[1:] for row in ranked]

        def tsquery_constant(self, query, config):
            return self.tsquery_constants([query], config)[0]

        def tsquery_constants(self, queries, config, set_page_cost=False):
            """``queries`` (query trees) as tsquery literals, each computed once per
            compiler, those not yet known in one statement, which also sets the planner's
            page cost for the transaction when asked (``INDEX_PAGE_COST``).

            modelsearch writes a query as to_tsquery calls, which read the text search
            configuration, so PostgreSQL cannot fold them into a constant: in a rank they
            were parsed again for every matching row (two thirds of a ranked search's
            time)."""
            known = self.__dict__.setdefault("_tsquery_constants", {})
            missing = {repr(query): query for query in queries if repr(query) not in known}
            columns, params = [], []
            for query in missing.values():
                search_query = self.build_tsquery(query, config=config)
                resolved = search_query.resolve_expression(IndexEntry.objects.all().query)
                compiler = IndexEntry.objects.all().query.get_compiler(connection=connection)
                sql, query_params = resolved.as_sql(compiler, connection)
                columns.append(f"({sql})::text")
                params.extend(query_params)
            if set_page_cost:
                columns.append(f"set_config('random_page_cost', '{INDEX_PAGE_COST}', true)")
            if columns:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT " + ", ".join(columns), params)
                    values = cursor.fetchone()
                # The page cost's own value, last, has no query.
                for key, value in zip(missing, values, strict=False):
                    known[key] = TsqueryLiteral(value)
            return [known[repr(query)] for query in queries]

        def in_phrase_order(self, rows, config):
            """``rows`` (index entry pk first) whose entry matches the query itself, phrases
            in order: one check of the few rows kept, by primary key."""
            if not rows:
                return rows
            search_query = self.tsquery_constant(self.query, config)
            matches = [Q(**{column: search_query}) for column in self.COLUMN_WEIGHTS]
            kept = set(
                IndexEntry.objects.filter(pk__in=[row[0] for row in rows])
                .filter(reduce(operator.or_, matches))
                .values_list("pk", flat=True)
            )
            return [row for row in rows if row[0] in kept]

        def matching_object_ids(self, object_ids, config):
            """Which of ``object_ids`` (strings) match the query: one indexed match, no
            ranking, no objects loaded."""
            search_query = self.tsquery_constant(self.query, config)
            matches = [Q(**{column: search_query}) for column in self.COLUMN_WEIGHTS]
            return set(
                IndexEntry.objects.filter(
                    content_type_id__in=get_descendants_content_types_pks(self.queryset.model),
                    object_id__in=object_ids,
                )
                .filter(reduce(operator.or_, matches))
                .values_list("object_id", flat=True)
            )

    class KhmerPostgresSearchQueryCompiler(
        RankedPostgresMixin, upstream.PostgresSearchQueryCompiler
    ):
        pass

    class KhmerPostgresAutocompleteQueryCompiler(
        RankedPostgresMixin, upstream.PostgresAutocompleteQueryCompiler
    ):
        COLUMN_WEIGHTS = {"autocomplete": 1.0}

    class KhmerPostgresSearchResults(RankedResultsMixin, upstream.PostgresSearchResults):
        pass

    class KhmerPostgresSearchBackend(KhmerAwareSearchMixin, upstream.PostgresSearchBackend):
        index_class = KhmerPostgresIndex
        query_compiler_class = KhmerPostgresSearchQueryCompiler
        autocomplete_query_compiler_class = KhmerPostgresAutocompleteQueryCompiler
        results_class = KhmerPostgresSearchResults

    return KhmerPostgresSearchBackend


def SearchBackend(params):
    """The Khmer-aware backend for the default database's vendor."""
    if connection.vendor == "postgresql":
        return postgres_backend_class()(params)
    from modelsearch.backends.database import SearchBackend as upstream_choice

    backend = upstream_choice(params)
    if connection.vendor == "sqlite" and type(backend).__name__ == "SQLiteSearchBackend":
        return sqlite_backend_class()(params)
    # SQLite without FTS5, or another database: Wagtail's own choice, without segmentation.
    return backend
