from .models import Destination


def destinations_in_order():
    return Destination.objects.order_by("sort_order", "slug")
