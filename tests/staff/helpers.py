from django.contrib.auth import SESSION_KEY

PROXY = "127.0.0.1"  # in settings.TRUSTED_PROXIES
PASSWORD = "correct horse battery staple"  # UserFactory's


def sign_in(client, username, password=PASSWORD, address="203.0.113.5", **extra):
    """The admin sign-in form as a browser behind the reverse proxy posts it."""
    return client.post(
        "/admin/login/",
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=address,
        **extra,
    )


def signed_in(client):
    return SESSION_KEY in client.session
