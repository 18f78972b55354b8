"""The fixed lists behind the directory's filters. Their slugs and codes appear in URLs and
in the API, so they never change once published."""

SERVICES = [
    ("legal-aid", "Legal aid", "ជំនួយផ្នែកច្បាប់"),
    ("shelter", "Shelter", "ទីជម្រក"),
    ("hotline", "Hotline", "ខ្សែទូរស័ព្ទជំនួយ"),
    ("health", "Health", "សុខភាព"),
    ("training", "Training", "ការបណ្តុះបណ្តាល"),
    ("return-reintegration", "Return and reintegration", "ការវិលត្រឡប់ និងការធ្វើសមាហរណកម្មឡើងវិញ"),
]

SPOKEN_LANGUAGES = [
    ("km", "Khmer", "ខ្មែរ"),
    ("en", "English", "English"),
    ("th", "Thai", "ไทย"),
    ("ms", "Malay", "Bahasa Melayu"),
    ("ko", "Korean", "한국어"),
    ("ja", "Japanese", "日本語"),
    ("zh-hant", "Chinese", "中文"),
    ("ar", "Arabic", "العربية"),
]


def create_services_and_languages(apps, schema_editor=None):
    """Idempotent: used by the data migration, the demo loader and browser tests (whose
    database flush removes what migrations created)."""
    service_model = apps.get_model("resources", "Service")
    language_model = apps.get_model("resources", "SpokenLanguage")
    for position, (slug, name_en, name_km) in enumerate(SERVICES):
        service_model.objects.update_or_create(
            slug=slug, defaults={"name_en": name_en, "name_km": name_km, "sort_order": position}
        )
    for position, (code, name_en, name_native) in enumerate(SPOKEN_LANGUAGES):
        language_model.objects.update_or_create(
            code=code,
            defaults={"name_en": name_en, "name_native": name_native, "sort_order": position},
        )
