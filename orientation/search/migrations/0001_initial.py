from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="UnansweredQuery",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("query", models.CharField(max_length=200, verbose_name="query")),
                ("day", models.DateField(verbose_name="day")),
                ("hits", models.PositiveIntegerField(default=0, verbose_name="searches")),
            ],
            options={
                "verbose_name": "query with no results",
                "verbose_name_plural": "queries with no results",
                "indexes": [models.Index(fields=["day"], name="search_unan_day_97d5f9_idx")],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("query", "day"), name="unanswered_query_once_a_day"
                    )
                ],
            },
        ),
    ]
