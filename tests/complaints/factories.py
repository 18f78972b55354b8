import factory
from django.contrib.auth.models import Group

from orientation.complaints.models import CaseEvent, Complaint, OfficerProfile
from orientation.complaints.secret_codes import hash_code
from orientation.destinations.models import Destination
from tests.factories import UserFactory

KNOWN_CODE = "ABCD-EFGH-JKMN"


class ComplaintFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Complaint

    reference = factory.Sequence(lambda n: f"KH-T{n:07d}")
    code_hash = factory.LazyFunction(lambda: hash_code(KNOWN_CODE.replace("-", "")))
    destination = factory.LazyFunction(lambda: Destination.objects.get(slug="thailand"))
    description = "My wages were not paid for two months."
    contact_method = "phone"
    contact_detail = "+855 12 000 000"
    consent = True


class CaseEventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CaseEvent

    complaint = factory.SubFactory(ComplaintFactory)
    kind = CaseEvent.Kind.NOTE
    body = "Called the agency."


class OfficerFactory(UserFactory):
    """A complaint officer for the destinations given as slugs: OfficerFactory(destinations=[...])."""

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        for name in extracted or ["Complaint officers"]:
            self.groups.add(Group.objects.get(name=name))

    @factory.post_generation
    def destinations(self, create, extracted, **kwargs):
        profile, _ = OfficerProfile.objects.get_or_create(user=self)
        for slug in extracted or ["thailand"]:
            profile.destinations.add(Destination.objects.get(slug=slug))


class SupervisorFactory(UserFactory):
    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        for name in extracted or ["Complaint supervisors"]:
            self.groups.add(Group.objects.get(name=name))
