import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
application = get_wsgi_application()

# A host whose current encryption key was retired after a rotation would store complaints
# the other hosts cannot read: it stops here, before serving (docs/deployment.md).
from orientation.complaints.crypto import refuse_to_start_with_retired_key  # noqa: E402

refuse_to_start_with_retired_key()

# A Site left on localhost (a forgotten step of a deployment) is said once per worker, at start.
from orientation.core.checks import warn_at_start_if_site_is_elsewhere  # noqa: E402

warn_at_start_if_site_is_elsewhere()
