"""Serve scim2-server's test application on a port the OS picks, and say which.

Why this file exists: tests/it/client_scim2_server.rs runs scimctl's
users commands against `scim2-server` (PyPI), a third-party SCIM
service. Its command line, `scim2-server --port 0`, does bind a free
port, but what it prints is the port it was asked for (0), not the one
it got. The only way left to learn the port from outside would be to
find a free one first and hand it over, and another process can take it
in between (a flaky test, at best).

So this launcher builds the same WSGI application the command builds (see
`main()` in scim2_server/testserver/cli.py: the default schemas, resource
types and service provider configuration, with the bearer token scheme
announced, and the same threaded wsgiref server), binds port 0 on
127.0.0.1, and prints the address the socket really has as one line:

    listening on http://127.0.0.1:PORT

then serves until it is killed. The one bearer token it accepts comes from
the environment (SCIM2_SERVER_TOKEN), so it does not show in argv.

Run it with the project's virtualenv: `.venv/bin/python THIS_FILE`.
"""

import os
import secrets
import sys
from wsgiref.simple_server import make_server

from scim2_models import ScimProvider
from scim2_server.memory import InMemoryStorage
from scim2_server.service import ScimService
from scim2_server.testserver.application import BEARER_TOKEN_SCHEME
from scim2_server.testserver.application import BearerTokenApplication
from scim2_server.testserver.cli import ThreadingWSGIServer
from scim2_server.utils import load_default_resource_types
from scim2_server.utils import load_default_schemas
from scim2_server.utils import load_default_service_provider_config


def application(token: str) -> BearerTokenApplication:
    config = load_default_service_provider_config()
    config.authentication_schemes = [
        *(config.authentication_schemes or []),
        BEARER_TOKEN_SCHEME,
    ]
    provider = ScimProvider.from_discovery(
        load_default_schemas().values(),
        load_default_resource_types().values(),
        config=config,
    )
    return BearerTokenApplication(
        InMemoryStorage(),
        provider,
        service=ScimService(provider, secret=secrets.token_urlsafe(32)),
        bearer_tokens=[token],
    )


def main() -> None:
    token = os.environ.get("SCIM2_SERVER_TOKEN")
    if not token:
        sys.exit("SCIM2_SERVER_TOKEN must name the bearer token to accept")
    with make_server(
        "127.0.0.1",
        0,
        application(token),
        server_class=ThreadingWSGIServer,
    ) as server:
        host, port = server.server_address[:2]
        print(f"listening on http://{host}:{port}", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
