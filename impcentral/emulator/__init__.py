"""A local, stateful impCentral API v5 server: offline development and tests, like moto for AWS.

Start it from a shell (``--help`` lists every option)::

    python -m impcentral.emulator --host 127.0.0.1 --port 8000
    impcentral-emulator --otp-code 123456 --devices 5 --token-ttl 60

It prints its URL (``http://127.0.0.1:8000/v5``) alone on the first line, then the account, the
devices and how to make them log. With no options there is one account (``demo@example.com``,
username ``demo``, password ``demo-password``) owning three unassigned, online devices; tokens
last an hour; 40 requests per second per token; no 2FA and no faults.

Devices log like imps: when their device group gets a deployment, or they restart, the agent and
the device print their status lines and then what the code prints with ``server.log`` /
``server.error`` (variables, loops and string arithmetic are run; other code prints its literal
log calls). So to watch logs: create a product and a device group, assign a device, open a log
stream on it and deploy code. ``--log-interval SECONDS`` makes running devices repeat their
code's log lines periodically (off by default: a device's history then holds exactly what its
code printed, which tools such as impt's ``log get`` rely on), and ``POST
/_emulator/devices/{device}/logs`` makes any device log a line on demand.

or in-process, on a free loopback port in a background thread::

    with EmulatorServer(devices=5) as server:
        api = ImpCentralApi(server.url)

or as the pytest fixture ``impcentral_emulator`` (options via
``@pytest.mark.impcentral_emulator(devices=5, otp_code="123456")``).

Options (command line / ``EmulatorConfig`` field):

  --email / email, --username / username, --password / password
      the account that exists at start; log in with the e-mail or the username
      (defaults demo@example.com, demo, demo-password)
  --devices N / devices           simulated unassigned devices of that account (3)
  --token-ttl SECONDS / token_ttl access-token lifetime; expired tokens get 401 (3600)
  --rate-limit N / rate_limit     requests per second per token, X-RateLimit-* headers, 429 beyond;
                                  0 turns it off (40)
  --otp-code CODE / otp_code      turns on 2FA: POST /auth answers 403 PX200 with meta.login_token
  --seed N / seed                 ids and simulated logs are reproducible for a seed (0)
  --keepalive SECONDS / keepalive_interval   ': keep-alive' interval on idle log streams (15)
  --log-interval SECONDS / log_interval      periodic server.log lines of running code; 0 off (0)

Faults (command line / ``Faults`` field; at run time via ``EmulatorServer.set_faults`` or the
admin routes):

  --latency SECONDS / latency           extra delay before every /v5 response
  --error-rate FRACTION / error_rate    share of /v5 requests answered 500, 502 or 503
  --error-statuses LIST / error_statuses  the 5xx statuses to draw from
  --drop-rate FRACTION / drop_rate      share of /v5 connections closed without a response
  --sse-cut-after N / sse_cut_after     log-stream connections are cut after N events
  --sse-silence / sse_silence           log-stream connections go silent (no keep-alives either)
  --drift / drift (EmulatorConfig, start-up only)   responses deviate from the OpenAPI
                                        description, for contract runs (impcentral.emulator.drift)

Admin routes (outside /v5, never faulted):

  GET/PUT/PATCH /_emulator/faults        read, replace or change the fault settings (JSON)
  POST /_emulator/logstreams/{id}/close  close a log stream server-side
  POST /_emulator/devices/{device}/logs  make a device log a line ({"msg", "type", "count"})
  POST /_emulator/devices/{device}/flood  make it log "count" lines as fast as streams take them
  POST /_emulator/reset                  back to the start-up state

``EmulatorServer.restart()`` stops and starts the server on the same port with its state intact,
for reconnect tests.
"""

from impcentral.emulator.app import Emulator
from impcentral.emulator.config import EmulatorConfig, Faults
from impcentral.emulator.server import EmulatorServer

__all__ = ["Emulator", "EmulatorConfig", "EmulatorServer", "Faults"]
