from django.apps import apps

from tests.rights import factories


def test_every_rights_model_has_a_factory():
    factory_models = {
        value._meta.model
        for value in vars(factories).values()
        if isinstance(value, type) and hasattr(value, "_meta") and hasattr(value._meta, "model")
    }
    rights_models = set(apps.get_app_config("rights").get_models())
    assert rights_models - factory_models == set()
